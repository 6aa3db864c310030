import { StringDecoder } from 'node:string_decoder';
import { EARLIEST_YEAR, LATEST_YEAR, readTimestamp } from './row-validation.js';
import { SaxesParser, type SaxesTag } from 'saxes';

/** A place in the XES text: 1-based line and 1-based column (counted in Unicode characters). */
export interface SourcePosition {
  line: number;
  column: number;
}

export interface XesEvent {
  /** The trace's string attribute `concept:name`. */
  caseId: string;
  /** The event's string attribute `concept:name`. */
  activity: string;
  /**
   * The event's date attribute `time:timestamp` as written (checked as an ISO 8601 date-time).
   * Kept as text: one without an offset is the office's local time, which the import reads in
   * the organization's time zone, exactly as it reads event CSVs.
   */
  timestamp: string;
  /** The event's string attribute `lifecycle:transition`, null if absent. */
  lifecycle: string | null;
  /** The event's string attribute `org:resource`, null if absent. */
  resource: string | null;
  /** Where the `<event>` element starts. */
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

/**
 * XES attribute elements (IEEE 1849). Any of them may contain further attributes (meta data,
 * `<list>` items, `<container>` members); those nested ones describe the attribute, not the
 * trace or event, so only attributes whose parent is the `<trace>` or `<event>` itself count.
 */
const ATTRIBUTE_ELEMENTS = new Set(['string', 'date', 'int', 'float', 'boolean', 'id', 'list', 'container', 'values']);

/**
 * The shape of an xs:dateTime. Checked before `new Date` because V8's fallback parser accepts
 * things like "1" or "March 7" and would turn a broken value into a wrong date silently.
 */
const XS_DATE_TIME_START = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** Nesting depth of `<trace>` (a child of the root `<log>`) and of `<event>` (a child of a trace). */
const TRACE_DEPTH = 1;
const EVENT_DEPTH = 2;

/**
 * What one XES file may hold, so that what a caller sends costs bounded memory (docs/security.md).
 * Real cases have tens to hundreds of events (the public logs in shared/data at most a few
 * hundred); a case of a hundred thousand steps is no case an office handles.
 */
export interface XesLimits {
  /** Events one `<trace>` may have. */
  maxEventsPerTrace: number;
  /** Elements open at once (`<log>`, `<trace>`, `<event>`, and attributes nested in lists and containers). */
  maxDepth: number;
  /**
   * Characters of one piece of markup or text: a start tag with its attribute values, a run of
   * text, a comment. The XML parser holds such a piece whole until it ends.
   */
  maxMarkupChars: number;
}

export const DEFAULT_XES_LIMITS: XesLimits = { maxEventsPerTrace: 100_000, maxDepth: 32, maxMarkupChars: 256 * 1024 };

/** Text goes to the parser in pieces of this size, so a long piece of markup is caught within one. */
const WRITE_SLICE_CHARS = 64 * 1024;

/** The direct attributes of one element we read, keyed `"<type> <key>"`, e.g. `"date time:timestamp"`. */
type DirectAttributes = Map<string, string>;

/** An event whose trace's case id may still be unknown (it may follow the events). */
interface PendingEvent {
  attributes: DirectAttributes;
  position: SourcePosition;
}

interface OpenTrace {
  attributes: DirectAttributes;
  position: SourcePosition;
  /** Events read before the trace's `concept:name` (rare: attributes usually come first). */
  events: PendingEvent[];
  eventCount: number;
}

/**
 * Streams the events of an XES log in file order. Chunks go into a SAX parser as they arrive;
 * the events completed by a chunk are yielded before the next chunk is read. An event is
 * complete at its `</event>` once its trace's `concept:name` is known, so memory holds one
 * chunk, not a trace: only the events of a trace that names its case after them wait, up to
 * `maxEventsPerTrace`.
 *
 * Throws XesFormatError on malformed XML, a truncated file, a trace without concept:name, an
 * event without concept:name or time:timestamp, an unparseable date, a root other than <log>,
 * or a file beyond `limits` (too many events in a trace, too deep, a too long piece of markup).
 */
export async function* readXesEvents(chunks: AsyncIterable<string | Buffer>, limits: XesLimits = DEFAULT_XES_LIMITS): AsyncGenerator<XesEvent> {
  const parser = new SaxesParser({ position: true });
  // Buffers may end inside a multi-byte UTF-8 character; the decoder keeps the partial bytes.
  const decoder = new StringDecoder('utf8');
  const completed: XesEvent[] = [];
  const openElements: string[] = [];
  let sawRoot = false;
  let trace: OpenTrace | null = null;
  let event: PendingEvent | null = null;
  /**
   * A trace whose end tag has been seen but which is not checked yet. On a wrongly nested end
   * tag saxes first reports the implicitly closed elements as closed and only then the error;
   * checking the trace one parser event later lets the XML error win over, say, a missing case id.
   */
  let closedTrace: OpenTrace | null = null;
  /** Where the start tag being read began; known at `opentagstart`, used at `opentag`. */
  let tagStart: SourcePosition | null = null;
  /** The parser's offset (in characters) and position at its last tag: what it holds since then is one piece. */
  let lastTagOffset = 0;
  let pieceStart: SourcePosition = { line: 1, column: 1 };

  const currentPosition = (): SourcePosition => ({ line: parser.line, column: Math.max(parser.column, 1) });

  const checkClosedTrace = (): void => {
    if (closedTrace === null) return;
    const { attributes, events, position } = closedTrace;
    closedTrace = null;
    const caseId = attributes.get('string concept:name');
    if (caseId === undefined) throw new XesFormatError('trace has no "concept:name" string attribute', position);
    for (const pending of events.splice(0)) completed.push(toXesEvent(caseId, pending));
  };

  parser.on('error', (error) => {
    // saxes prefixes "line:column: " to its messages; the position goes into our own field.
    throw new XesFormatError(`malformed XML: ${error.message.replace(/^\d+:\d+: /, '')}`, currentPosition());
  });

  parser.on('opentagstart', (tag) => {
    checkClosedTrace();
    // saxes has read "<", the name and one more character (">", "/" or white space), and
    // `column` is the 1-based column of that last character. If it was a line break, the
    // column of "<" is lost; the end of the start tag is then used instead (see `opentag`).
    const column = parser.column - tag.name.length - 1;
    tagStart = column >= 1 ? { line: parser.line, column } : null;
    if (!sawRoot && tag.name !== 'log') {
      throw new XesFormatError(`the root element is <${tag.name}>, not <log>: not an XES file`, tagStart ?? currentPosition());
    }
    sawRoot = true;
    lastTagOffset = parser.position;
    pieceStart = tagStart ?? currentPosition();
  });

  parser.on('opentag', (tag: SaxesTag) => {
    // Depth, not just the parent's name, decides: an <event> inside, say, a <list> of an event
    // is an attribute value, not an event of the trace.
    const depth = openElements.length;
    const start = tagStart ?? currentPosition();
    lastTagOffset = parser.position;
    pieceStart = currentPosition();
    if (depth >= limits.maxDepth) {
      throw new XesFormatError(`elements are nested more than ${limits.maxDepth} deep; an XES log needs far fewer levels`, start);
    }
    if (tag.name === 'trace' && depth === TRACE_DEPTH) {
      trace = { attributes: new Map(), position: start, events: [], eventCount: 0 };
    } else if (tag.name === 'event' && depth === EVENT_DEPTH && openElements[TRACE_DEPTH] === 'trace') {
      event = { attributes: new Map(), position: start };
    } else if (ATTRIBUTE_ELEMENTS.has(tag.name)) {
      const owner = depth === EVENT_DEPTH + 1 ? event : depth === TRACE_DEPTH + 1 ? trace : null;
      // Without the xmlns option saxes gives attribute values as plain strings.
      const { key, value } = tag.attributes as Record<string, string | undefined>;
      if (owner !== null && key !== undefined && value !== undefined) owner.attributes.set(`${tag.name} ${key}`, value);
    }
    openElements.push(tag.name);
  });

  parser.on('closetag', (tag: SaxesTag) => {
    checkClosedTrace();
    lastTagOffset = parser.position;
    pieceStart = currentPosition();
    openElements.pop();
    const depth = openElements.length;
    if (tag.name === 'event' && depth === EVENT_DEPTH && trace !== null && event !== null) {
      const open: OpenTrace = trace;
      open.eventCount += 1;
      if (open.eventCount > limits.maxEventsPerTrace) {
        throw new XesFormatError(`a trace has more than ${limits.maxEventsPerTrace} events; split the log or leave out what is not one case`, event.position);
      }
      const caseId = open.attributes.get('string concept:name');
      if (caseId === undefined) {
        open.events.push(event);
      } else {
        for (const pending of open.events.splice(0)) completed.push(toXesEvent(caseId, pending));
        completed.push(toXesEvent(caseId, event));
      }
      event = null;
    } else if (tag.name === 'trace' && depth === TRACE_DEPTH && trace !== null) {
      closedTrace = trace;
      trace = null;
    }
  });

  /**
   * Writes text in slices no longer than the limit, refusing a piece of markup longer than the
   * limit by the end of the slice after it crosses it: the parser never holds more than twice the limit.
   */
  const slice = Math.min(WRITE_SLICE_CHARS, limits.maxMarkupChars);
  const write = (text: string): void => {
    for (let start = 0; start < text.length; start += slice) {
      parser.write(text.slice(start, start + slice));
      if (parser.position - lastTagOffset > limits.maxMarkupChars) {
        throw new XesFormatError(`a single tag, attribute value, text or comment is longer than ${limits.maxMarkupChars} characters; an XES log has no such values`, pieceStart);
      }
    }
  };

  for await (const chunk of chunks) {
    write(typeof chunk === 'string' ? decoder.end() + chunk : decoder.write(chunk));
    checkClosedTrace();
    if (completed.length > 0) yield* completed.splice(0);
  }
  const undecodedRest = decoder.end();
  if (undecodedRest.length > 0) write(undecodedRest);
  // Reports unclosed elements, i.e. a truncated file, through the error handler.
  parser.close();
  checkClosedTrace();
  if (!sawRoot) throw new XesFormatError('the file is empty: it has no <log> element', currentPosition());
  yield* completed.splice(0);
}

function toXesEvent(caseId: string, event: PendingEvent): XesEvent {
  const activity = event.attributes.get('string concept:name');
  if (activity === undefined) throw new XesFormatError('event has no "concept:name" string attribute', event.position);
  const time = event.attributes.get('date time:timestamp');
  if (time === undefined) throw new XesFormatError('event has no "time:timestamp" date attribute', event.position);
  if (!XS_DATE_TIME_START.test(time) || readTimestamp(time) === undefined) {
    throw new XesFormatError(`event "time:timestamp" is not an ISO 8601 date-time between ${EARLIEST_YEAR} and ${LATEST_YEAR}: ${JSON.stringify(time)}`, event.position);
  }
  return {
    caseId,
    activity,
    timestamp: time,
    lifecycle: event.attributes.get('string lifecycle:transition') ?? null,
    resource: event.attributes.get('string org:resource') ?? null,
    position: event.position,
  };
}
