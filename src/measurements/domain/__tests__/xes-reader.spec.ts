import { createReadStream } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import { DEFAULT_XES_LIMITS, readXesEvents, type XesEvent, XesFormatError, type XesLimits } from '../xes-reader.js';

/** Real log with independently published figures, see shared/data/README.md. */
const ROAD_TRAFFIC_LOG = path.resolve('..', 'shared', 'data', 'roadtraffic100traces.xes');

async function collect(chunks: AsyncIterable<string | Buffer>, limits?: XesLimits): Promise<XesEvent[]> {
  const events: XesEvent[] = [];
  for await (const event of readXesEvents(chunks, limits)) events.push(event);
  return events;
}

async function failureOf(chunks: AsyncIterable<string | Buffer>, limits?: XesLimits): Promise<XesFormatError> {
  try {
    await collect(chunks, limits);
  } catch (error) {
    if (error instanceof XesFormatError) return error;
    throw error;
  }
  throw new Error('expected an XesFormatError, but the log was read without one');
}

function chunksOf(...parts: (string | Buffer)[]): AsyncIterable<string | Buffer> {
  return Readable.from(parts);
}

/** A minimal XES document around `body`; the body starts on line 3. */
const xesDocument = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<log xes.version="1.0">\n${body}\n</log>\n`;

const eventElement = (activity: string, time = '2026-01-05T10:00:00.000+01:00') =>
  `<event><string key="concept:name" value="${activity}"/><date key="time:timestamp" value="${time}"/></event>`;

describe('readXesEvents on roadtraffic100traces.xes (figures from shared/data/README.md)', () => {
  let events: XesEvent[];

  beforeAll(async () => {
    // 4 KiB chunks, so that elements and attribute values are split across chunks.
    events = await collect(createReadStream(ROAD_TRAFFIC_LOG, { highWaterMark: 4096 }));
  });

  it('reads 100 traces, 390 events and 10 activities, all "complete"', () => {
    expect(new Set(events.map((event) => event.caseId)).size).toBe(100);
    expect(events).toHaveLength(390);
    expect(new Set(events.map((event) => event.activity)).size).toBe(10);
    expect(new Set(events.map((event) => event.lifecycle))).toEqual(new Set(['complete']));
  });

  it('has 2 to 9 events per case', () => {
    const eventsPerCase = new Map<string, number>();
    for (const event of events) eventsPerCase.set(event.caseId, (eventsPerCase.get(event.caseId) ?? 0) + 1);
    expect(Math.min(...eventsPerCase.values())).toBe(2);
    expect(Math.max(...eventsPerCase.values())).toBe(9);
  });

  it('reads the first event exactly, ignoring the nested statistics of the header', () => {
    // Lines 1240-1253 of the file: trace N77802, its first <event> at line 1242, column 5.
    expect(events[0]).toEqual({
      caseId: 'N77802',
      activity: 'Create Fine',
      timestamp: '2005-03-23T00:00:00.000+01:00',
      lifecycle: 'complete',
      resource: '537',
      position: { line: 1242, column: 5 },
    });
    expect(events[0].timestamp).toBe('2005-03-23T00:00:00.000+01:00');
  });

  it('gives the same events whatever the chunk size', async () => {
    expect(await collect(createReadStream(ROAD_TRAFFIC_LOG, { highWaterMark: 61 }))).toEqual(events);
  });

  it('gives the same events through gzip and gunzip', async () => {
    const roundTripped = createReadStream(ROAD_TRAFFIC_LOG).pipe(createGzip()).pipe(createGunzip());
    const eventsThroughGzip = await collect(roundTripped);
    expect(eventsThroughGzip).toHaveLength(390);
    expect(eventsThroughGzip).toEqual(events);
  });

  it('yields the first event before the whole file has been read', async () => {
    let chunksRead = 0;
    async function* countingChunks(): AsyncGenerator<Buffer> {
      for await (const chunk of createReadStream(ROAD_TRAFFIC_LOG, { highWaterMark: 4096 })) {
        chunksRead += 1;
        yield chunk as Buffer;
      }
    }
    for await (const event of readXesEvents(countingChunks())) {
      expect(event.caseId).toBe('N77802');
      break;
    }
    // The first "</trace>" ends at byte 81,383 of 218,471, i.e. in the 20th of 54 chunks: the
    // trace's events come out as soon as that chunk has been parsed.
    expect(chunksRead).toBe(20);
  });
});

describe('readXesEvents on other input', () => {
  it('reports malformed XML at the line of the wrong closing tag', async () => {
    const malformed = xesDocument(`<trace>\n<string key="concept:name" value="1"/>\n${eventElement('A')}\n</event>\n</trace>`);
    const error = await failureOf(chunksOf(malformed));
    expect(error.position.line).toBe(6);
    expect(error.message).toMatch(/^malformed XML: /);
  });

  it('reports the wrong closing tag rather than the trace it closes implicitly', async () => {
    // saxes reports the unnamed <trace> as closed before it reports the wrong "</event>".
    const error = await failureOf(chunksOf(xesDocument(`<trace>\n</event>\n</trace>`)));
    expect(error.message).toMatch(/^malformed XML: unexpected close tag/);
    expect(error.position.line).toBe(4);
  });

  it('reports a truncated file (its first 5000 bytes)', async () => {
    const error = await failureOf(createReadStream(ROAD_TRAFFIC_LOG, { start: 0, end: 4999 }));
    expect(error.message).toMatch(/unclosed tag/);
  });

  it('reports an event without time:timestamp at the start of the event', async () => {
    const body = `<trace><string key="concept:name" value="1"/>\n${eventElement('A')}\n  <event><string key="concept:name" value="B"/></event></trace>`;
    const error = await failureOf(chunksOf(xesDocument(body)));
    expect(error.message).toMatch(/^event has no "time:timestamp" date attribute/);
    expect(error.position).toEqual({ line: 5, column: 3 });
  });

  it('reports a trace without concept:name, an event without concept:name and a timestamp that is no date', async () => {
    const withoutCaseId = await failureOf(chunksOf(xesDocument(`\n  <trace>${eventElement('A')}</trace>`)));
    expect(withoutCaseId.message).toMatch(/^trace has no "concept:name" string attribute/);
    expect(withoutCaseId.position).toEqual({ line: 4, column: 3 });

    const withoutActivity = `<trace><string key="concept:name" value="1"/><event><date key="time:timestamp" value="2026-01-05T10:00:00Z"/></event></trace>`;
    expect((await failureOf(chunksOf(xesDocument(withoutActivity)))).message).toMatch(/^event has no "concept:name"/);

    for (const notADate of ['soon', '1', '2026-13-45T10:00:00Z']) {
      const body = `<trace><string key="concept:name" value="1"/>${eventElement('A', notADate)}</trace>`;
      expect((await failureOf(chunksOf(xesDocument(body)))).message).toMatch(/is not an ISO 8601 date-time/);
    }
  });

  it('rejects a file whose root is not <log>, and an empty file', async () => {
    expect((await failureOf(chunksOf('<html><body/></html>'))).message).toMatch(/not <log>: not an XES file/);
    expect(await failureOf(chunksOf(''))).toBeInstanceOf(XesFormatError);
  });

  it('takes a case id that follows the events, and ignores nested, global, log-level and wrongly typed attributes', async () => {
    const body = [
      '<global scope="trace"><string key="concept:name" value="global default"/></global>',
      '<string key="concept:name" value="log name"/>',
      '<trace>',
      eventElement('A'),
      '<list key="x"><string key="concept:name" value="nested in a list"/></list>',
      '<string key="concept:name" value="late">',
      '  <string key="concept:name" value="nested in the case id"/>',
      '</string>',
      '<event>',
      '  <string key="concept:name" value="B"/><date key="time:timestamp" value="2026-01-05T11:00:00Z"/>',
      '  <int key="org:resource" value="7"/>',
      '  <container key="c"><string key="lifecycle:transition" value="nested"/></container>',
      '  <list key="l"><event><string key="concept:name" value="an event inside a list"/></event></list>',
      '</event>',
      '</trace>',
    ].join('\n');
    const events = await collect(chunksOf(xesDocument(body)));
    expect(events.map((event) => [event.caseId, event.activity, event.lifecycle, event.resource])).toEqual([
      ['late', 'A', null, null],
      ['late', 'B', null, null],
    ]);
  });

  it('keeps a multi-byte character split between two chunks', async () => {
    const xml = Buffer.from(xesDocument(`<trace><string key="concept:name" value="1"/>${eventElement('Zażółć gęślą jaźń')}</trace>`));
    // Split between the two bytes of "ż".
    const split = xml.indexOf(Buffer.from('ż')) + 1;
    const events = await collect(chunksOf(xml.subarray(0, split), xml.subarray(split)));
    expect(events.map((event) => event.activity)).toEqual(['Zażółć gęślą jaźń']);
  });
});

describe('readXesEvents within its limits', () => {
  /** One trace named first, then `count` events, produced lazily a thousand at a time. */
  function* oneLongTrace(count: number): Generator<string> {
    yield '<?xml version="1.0" encoding="UTF-8"?>\n<log xes.version="1.0">\n<trace><string key="concept:name" value="same"/>\n';
    for (let written = 0; written < count; written += 1000) yield `${eventElement('A').concat('\n').repeat(Math.min(1000, count - written))}`;
    yield '</trace>\n</log>\n';
  }

  it('refuses a trace with more events than the limit, at the first event over it', async () => {
    const failure = await failureOf(Readable.from(oneLongTrace(2500)), { maxEventsPerTrace: 2000, maxDepth: 32, maxMarkupChars: 1 << 20 });
    expect(failure.message).toContain('a trace has more than 2000 events');
    expect(failure.position.line).toBe(2004);
  });

  it('keeps memory flat in the number of events: each event leaves before the rest of its trace is read', async () => {
    let chunksRead = 0;
    async function* counted(): AsyncGenerator<string> {
      for (const chunk of oneLongTrace(50_000)) {
        await Promise.resolve();
        chunksRead += 1;
        yield chunk;
      }
    }
    // Chunks read by the time each thousandth event is yielded: one more per thousand events,
    // where holding the trace until </trace> read all 52 chunks before the first event.
    const chunksAtEvent: number[] = [];
    let count = 0;
    for await (const event of readXesEvents(counted())) {
      expect(event.caseId).toBe('same');
      if (count % 1000 === 0) chunksAtEvent.push(chunksRead);
      count += 1;
    }
    expect(count).toBe(50_000);
    expect(chunksAtEvent[0]).toBe(2);
    expect(chunksAtEvent.every((chunks, thousand) => chunks <= thousand + 2)).toBe(true);
  });

  it('refuses nesting deeper than the limit without reading further', async () => {
    let chunksRead = 0;
    function* deepLists(): Generator<string> {
      yield xesDocument('<trace>').replace(/<\/log>\n$/, '');
      for (;;) {
        chunksRead += 1;
        yield '<list key="x">'.repeat(1000);
      }
    }
    const failure = await failureOf(Readable.from(deepLists()));
    expect(failure.message).toContain(`nested more than ${DEFAULT_XES_LIMITS.maxDepth} deep`);
    expect(chunksRead).toBe(1);
  });

  it('refuses an attribute value longer than the limit, at its line', async () => {
    const failure = await failureOf(
      chunksOf(xesDocument(`<trace>\n<string key="concept:name" value="${'x'.repeat(3000)}"/>\n</trace>`)),
      { ...DEFAULT_XES_LIMITS, maxMarkupChars: 1000 },
    );
    expect(failure.message).toContain('longer than 1000 characters');
    expect(failure.position.line).toBe(4);
  });

  it('reads the real log unchanged under the default limits', async () => {
    const events = await collect(createReadStream(ROAD_TRAFFIC_LOG, { highWaterMark: 4096 }));
    expect(events).toHaveLength(390);
  });
});
