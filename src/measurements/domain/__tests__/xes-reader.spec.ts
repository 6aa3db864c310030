import { createReadStream } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import { readXesEvents, type XesEvent, XesFormatError } from '../xes-reader.js';

const LOG = path.resolve('..', 'shared', 'data', 'roadtraffic100traces.xes');

async function collect(chunks: AsyncIterable<string | Buffer>): Promise<XesEvent[]> {
  const events: XesEvent[] = [];
  for await (const event of readXesEvents(chunks)) events.push(event);
  return events;
}

async function failureOf(chunks: AsyncIterable<string | Buffer>): Promise<XesFormatError> {
  try {
    await collect(chunks);
  } catch (error) {
    if (error instanceof XesFormatError) return error;
    throw error;
  }
  throw new Error('expected an XesFormatError');
}

function fromText(...parts: (string | Buffer)[]): AsyncIterable<string | Buffer> {
  return Readable.from(parts);
}

const wrap = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<log xes.version="1.0">\n${body}\n</log>\n`;

describe('readXesEvents on roadtraffic100traces.xes (figures from shared/data/README.md)', () => {
  let events: XesEvent[];

  beforeAll(async () => {
    // Small chunks, so that elements are split across them.
    events = await collect(createReadStream(LOG, { highWaterMark: 4096 }));
  });

  it('reads 100 traces, 390 events and 10 activities, all "complete"', () => {
    expect(new Set(events.map((event) => event.caseId)).size).toBe(100);
    expect(events).toHaveLength(390);
    expect(new Set(events.map((event) => event.activity)).size).toBe(10);
    expect(new Set(events.map((event) => event.lifecycle))).toEqual(new Set(['complete']));
  });

  it('has 2 to 9 events per case', () => {
    const perCase = new Map<string, number>();
    for (const event of events) perCase.set(event.caseId, (perCase.get(event.caseId) ?? 0) + 1);
    expect(Math.min(...perCase.values())).toBe(2);
    expect(Math.max(...perCase.values())).toBe(9);
  });

  it('reads the first event exactly, ignoring the nested statistics of the header', () => {
    // Lines 1240-1250 of the file: trace N77802, first event.
    expect(events[0]).toMatchObject({ caseId: 'N77802', activity: 'Create Fine', lifecycle: 'complete', resource: '537' });
    expect(events[0].timestamp.toISOString()).toBe('2005-03-22T23:00:00.000Z');
    expect(events[0].position.line).toBe(1242);
  });

  it('gives the same events through gzip', async () => {
    const gzipped = createReadStream(LOG).pipe(createGzip()).pipe(createGunzip());
    expect(await collect(gzipped)).toHaveLength(390);
  });
});

describe('readXesEvents on broken input', () => {
  const event = (name: string, time = '2026-01-05T10:00:00.000+01:00') =>
    `<event><string key="concept:name" value="${name}"/><date key="time:timestamp" value="${time}"/></event>`;

  it('reports malformed XML with its line', async () => {
    const error = await failureOf(fromText(wrap(`<trace>\n<string key="concept:name" value="1"/>\n${event('A')}\n</event>\n</trace>`)));
    expect(error.position.line).toBe(6);
    expect(error.message).toMatch(/malformed XML/);
  });

  it('reports a truncated file', async () => {
    const truncated = createReadStream(LOG, { start: 0, end: 4999 });
    await expect(collect(truncated)).rejects.toBeInstanceOf(XesFormatError);
  });

  it('reports an event without a timestamp at the event', async () => {
    const error = await failureOf(
      fromText(wrap(`<trace><string key="concept:name" value="1"/>\n${event('A')}\n<event><string key="concept:name" value="B"/></event></trace>`)),
    );
    expect(error.message).toMatch(/time:timestamp/);
    expect(error.position.line).toBe(5);
  });

  it('reports a trace without a case id, and a file that is not XES', async () => {
    expect((await failureOf(fromText(wrap(`<trace>${event('A')}</trace>`)))).message).toMatch(/trace has no "concept:name"/);
    expect((await failureOf(fromText('<html></html>'))).message).toMatch(/not an XES file/);
    expect((await failureOf(fromText(wrap(`<trace><string key="concept:name" value="1"/>${event('A', 'soon')}</trace>`)))).message).toMatch(
      /not a date/,
    );
  });

  it('takes the case id even after the events, and skips nested attributes', async () => {
    const events = await collect(
      fromText(wrap(`<trace>${event('A')}<list key="x"><string key="concept:name" value="nested"/></list><string key="concept:name" value="late"/></trace>`)),
    );
    expect(events.map((e) => [e.caseId, e.activity])).toEqual([['late', 'A']]);
  });

  it('keeps a multi-byte character split between two chunks', async () => {
    const xml = Buffer.from(wrap(`<trace><string key="concept:name" value="1"/>${event('Zażółć gęślą jaźń')}</trace>`));
    const split = xml.indexOf(Buffer.from('ż')) + 1;
    const events = await collect(fromText(xml.subarray(0, split), xml.subarray(split)));
    expect(events[0].activity).toBe('Zażółć gęślą jaźń');
  });
});
