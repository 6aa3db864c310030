import { StringDecoder } from 'node:string_decoder';
import { SaxesParser, type SaxesTag } from 'saxes';

export interface SourcePosition {
  line: number;
  column: number;
}

export interface XesEvent {
  /** The trace's `concept:name`. */
  caseId: string;
  /** The event's `concept:name`. */
  activity: string;
  /** The event's `time:timestamp`. */
  timestamp: Date;
  lifecycle: string | null;
  resource: string | null;
  /** Where the event element starts. */
  position: SourcePosition;
}

export class XesFormatError extends Error {
  constructor(
    message: string,
    readonly position: SourcePosition,
  ) {
    super(`${message} (line ${position.line}, column ${position.column})`);
    this.name = 'XesFormatError';
  }
}

/** XES attribute elements (IEEE 1849); any of them may nest further attributes, which we skip. */
const ATTRIBUTE_ELEMENTS = new Set(['string', 'date', 'int', 'float', 'boolean', 'id', 'list', 'container', 'values']);

interface PendingEvent {
  attributes: Map<string, string>;
  position: SourcePosition;
}

/**
 * Streams the events of an XES log in file order, holding at most one trace in memory: chunks
 * go into a SAX parser as they arrive. Only direct attribute children of a trace or an event
 * count (the log header's nested statistics and global definitions are skipped).
 */
export async function* readXesEvents(chunks: AsyncIterable<string | Buffer>): AsyncGenerator<XesEvent> {
  const parser = new SaxesParser({ position: true });
  const decoder = new StringDecoder('utf8');
  const ready: XesEvent[] = [];
  const stack: string[] = [];
  let sawRoot = false;
  let traceName: string | null = null;
  let tracePosition: SourcePosition = { line: 0, column: 0 };
  let traceEvents: PendingEvent[] = [];
  let currentEvent: PendingEvent | null = null;

  const position = (): SourcePosition => ({ line: parser.line, column: parser.column });
  const fail = (message: string, at: SourcePosition = position()): never => {
    throw new XesFormatError(message, at);
  };

  parser.on('error', (error) => fail(`malformed XML: ${error.message.replace(/^[^:]*:\d+:\d+: /, '')}`));

  parser.on('opentag', (tag: SaxesTag) => {
    const parent = stack[stack.length - 1];
    if (!sawRoot) {
      if (tag.name !== 'log') fail(`the root element is <${tag.name}>, not <log>: not an XES file`);
      sawRoot = true;
    }
    if (tag.name === 'trace' && parent === 'log') {
      traceName = null;
      traceEvents = [];
      tracePosition = position();
    } else if (tag.name === 'event' && parent === 'trace') {
      currentEvent = { attributes: new Map(), position: position() };
    } else if (ATTRIBUTE_ELEMENTS.has(tag.name)) {
      // Without the xmlns option saxes gives attributes as plain strings.
      const { key, value } = tag.attributes as Record<string, string | undefined>;
      if (parent === 'trace' && key === 'concept:name' && typeof value === 'string') traceName = value;
      if (parent === 'event' && currentEvent && typeof key === 'string' && typeof value === 'string') {
        currentEvent.attributes.set(key, value);
      }
    }
    stack.push(tag.name);
  });

  parser.on('closetag', (tag: SaxesTag) => {
    stack.pop();
    const parent = stack[stack.length - 1];
    if (tag.name === 'event' && parent === 'trace' && currentEvent) {
      traceEvents.push(currentEvent);
      currentEvent = null;
    } else if (tag.name === 'trace' && parent === 'log') {
      const caseId = traceName;
      if (caseId === null) fail('trace has no "concept:name" string attribute', tracePosition);
      for (const event of traceEvents) ready.push(toXesEvent(caseId ?? '', event));
      traceEvents = [];
    }
  });

  for await (const chunk of chunks) {
    parser.write(typeof chunk === 'string' ? chunk : decoder.write(chunk));
    if (ready.length > 0) yield* ready.splice(0);
  }
  const rest = decoder.end();
  if (rest) parser.write(rest);
  parser.close();
  if (!sawRoot) fail('the file is empty: no <log> element');
  yield* ready.splice(0);
}

function toXesEvent(caseId: string, event: PendingEvent): XesEvent {
  const activity = event.attributes.get('concept:name');
  if (activity === undefined) throw new XesFormatError('event has no "concept:name" string attribute', event.position);
  const time = event.attributes.get('time:timestamp');
  if (time === undefined) throw new XesFormatError('event has no "time:timestamp" date attribute', event.position);
  const timestamp = new Date(time);
  if (Number.isNaN(timestamp.getTime())) {
    throw new XesFormatError(`event "time:timestamp" is not a date: ${JSON.stringify(time)}`, event.position);
  }
  return {
    caseId,
    activity,
    timestamp,
    lifecycle: event.attributes.get('lifecycle:transition') ?? null,
    resource: event.attributes.get('org:resource') ?? null,
    position: event.position,
  };
}
