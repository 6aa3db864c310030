import { Readable, Transform, type TransformCallback } from 'node:stream';
import { delimiterOf, type FormatSpec, resolveHeader, unreadLifecycleColumns } from './domain/import-format.js';
import { unstorableTextReason } from '../common/validation/storable-text.js';
import { RowValidationError } from './domain/row-validation.js';
import { type TextEncoding, TextDecoding, TextEncodingError } from './domain/text-decoding.js';
import { readXesEvents, XesFormatError } from './domain/xes-reader.js';

/** One row of an import: its line in the source and its values by field. */
export interface SourceRow {
  line: number;
  values: Record<string, string | null>;
  /** The source's name of each field, for error messages. */
  columnOf: (field: string) => string;
  /**
   * The record as written, when it may go to COPY (FORMAT csv) unchanged: the file's columns are
   * the format's fields in order and the record needs no quoting or trimming. The encoder passes
   * it through only when validation stored every value as written.
   */
  raw?: string;
}

/** Rows travel between stream stages in batches: one stream call per batch, not per row. */
export type RowBatch = SourceRow[];
const BATCH_SIZE = 2000;
/** A record (line, or lines joined by a quoted field) longer than this is refused: memory stays bounded. */
const MAX_RECORD_CHARS = 1024 * 1024;

/** Splits one CSV record (RFC 4180: quotes, doubled quotes, separators inside quotes). */
function splitQuoted(record: string, line: number, delimiter: string): string[] {
  const fields: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < record.length) {
    const char = record[i];
    if (quoted) {
      if (char === '"') {
        if (record[i + 1] === '"') {
          field += '"';
          i += 1;
        } else {
          quoted = false;
        }
      } else {
        field += char;
      }
    } else if (char === '"') {
      if (field !== '') throw new RowValidationError({ line, column: '(row)', message: 'malformed CSV: a quote inside an unquoted field' });
      quoted = true;
    } else if (char === delimiter) {
      fields.push(field);
      field = '';
    } else {
      field += char;
    }
    i += 1;
  }
  fields.push(field);
  return fields;
}

function countQuotes(text: string): number {
  let count = 0;
  for (let i = text.indexOf('"'); i !== -1; i = text.indexOf('"', i + 1)) count += 1;
  return count;
}

/** How to read a CSV: what the caller declared (the delimiter is otherwise read from the header). */
export interface CsvOptions {
  delimiter?: string;
  encoding?: TextEncoding;
}

/**
 * A CSV reader for large files: lines without quotes (nearly all of a machine export) are split
 * with String.split, quoted ones by splitQuoted; a quoted field may span lines. The first record
 * is the header. Emits batches of rows with the line each record starts on.
 */
class CsvReader extends Transform {
  private readonly decoder: TextDecoding;
  private delimiter: string | undefined;
  private pending = '';
  private line = 0;
  private recordStart = 0;
  /** Lines of a record whose quoted field is still open, and their length. */
  private openLines: string[] | null = null;
  private openLength = 0;
  private fields: (string | null)[] | undefined;
  private columnOf: (field: string) => string = (field) => field;
  private passThrough = false;
  private first = true;

  constructor(
    private readonly spec: FormatSpec,
    private readonly mapping: Record<string, string>,
    private readonly warnings: string[],
    options: CsvOptions,
  ) {
    // At most two batches of rows wait for the next stage (see CaseRecordBinaryEncoder).
    super({ readableObjectMode: true, readableHighWaterMark: 2 });
    this.decoder = new TextDecoding(options.encoding);
    this.delimiter = options.delimiter;
  }

  /** Decoded text; bytes that are not text in the file's encoding stop the import at their line. */
  private decode(chunk: Buffer | undefined): string {
    try {
      return chunk === undefined ? this.decoder.end() : this.decoder.write(chunk);
    } catch (error) {
      if (!(error instanceof TextEncodingError)) throw error;
      throw new RowValidationError({ line: error.line, column: '(file)', message: error.message });
    }
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    let decoded: string;
    try {
      decoded = this.decode(chunk);
    } catch (error) {
      callback(error as Error);
      return;
    }
    if (this.first && decoded.length > 0) {
      if (decoded.charCodeAt(0) === 0xfeff) decoded = decoded.slice(1);
      this.first = false;
    }
    // Only the new text is searched: a file without line breaks costs linear time, not quadratic.
    const end = decoded.lastIndexOf('\n');
    if (end === -1) {
      this.pending += decoded;
      if (this.pending.length > MAX_RECORD_CHARS) {
        callback(new RowValidationError({ line: this.line + 1, column: '(row)', message: `a line is longer than ${MAX_RECORD_CHARS} characters; is this a CSV file?` }));
        return;
      }
      callback();
      return;
    }
    const text = this.pending + decoded.slice(0, end);
    this.pending = decoded.slice(end + 1);
    this.process(text.split('\n'), callback);
  }

  override _flush(callback: TransformCallback): void {
    let rest: string;
    try {
      rest = this.pending + this.decode(undefined);
    } catch (error) {
      callback(error as Error);
      return;
    }
    this.process(rest === '' ? [] : [rest], (error) => {
      if (error) return callback(error);
      if (this.openLines !== null) {
        return callback(new RowValidationError({ line: this.recordStart, column: '(row)', message: 'malformed CSV: a quoted field is never closed' }));
      }
      if (!this.fields) return callback(new RowValidationError({ line: 1, column: '(header)', message: 'the file is empty: no header line' }));
      if (this.decoder.detected) {
        this.warnings.push('the file is not UTF-8: it was read as Windows-1250 (the encoding of a spreadsheet set to Polish)');
      }
      callback();
    });
  }

  private process(lines: string[], callback: TransformCallback): void {
    const batch: RowBatch = [];
    try {
      for (let index = 0; index < lines.length; index += 1) {
        this.line += 1;
        let text = lines[index];
        if (text.endsWith('\r')) text = text.slice(0, -1);
        if (this.openLines !== null) {
          // A quoted field spans lines: the record stays open while its quote count is odd.
          // Each line's quotes are counted once, so an unclosed quote costs linear time.
          this.openLines.push(text);
          this.openLength += text.length + 1;
          if (countQuotes(text) % 2 === 0) {
            if (this.openLength > MAX_RECORD_CHARS) {
              throw new RowValidationError({
                line: this.recordStart,
                column: '(row)',
                message: `malformed CSV: a quoted field opened here is still open after ${MAX_RECORD_CHARS} characters`,
              });
            }
            continue;
          }
          text = this.openLines.join('\n');
          this.openLines = null;
        } else {
          if (text === '') continue;
          this.recordStart = this.line;
          if (text.includes('"') && countQuotes(text) % 2 === 1) {
            this.openLines = [text];
            this.openLength = text.length;
            continue;
          }
        }
        // Decoded text holds no unpaired surrogates; a NUL (checked cheaply first) is what remains.
        if (text.includes('\u0000')) {
          throw new RowValidationError({ line: this.recordStart, column: '(row)', message: `the line ${unstorableTextReason(text)}` });
        }
        const hasQuote = text.includes('"');
        this.delimiter ??= delimiterOf(text);
        const record = hasQuote ? splitQuoted(text, this.recordStart, this.delimiter) : text.split(this.delimiter);
        const row = this.toRow(record);
        if (row && this.passThrough && !hasQuote && text.indexOf(' ') === -1 && text.indexOf('\t') === -1) row.raw = text;
        if (row) batch.push(row);
        if (batch.length >= BATCH_SIZE) this.push(batch.splice(0));
      }
    } catch (error) {
      callback(error as Error);
      return;
    }
    if (batch.length > 0) this.push(batch);
    callback();
  }

  private toRow(record: string[]): SourceRow | undefined {
    if (!this.fields) {
      const header = record.map((column) => column.trim());
      const fields = resolveHeader(header, this.spec, this.mapping);
      this.fields = fields;
      for (const column of unreadLifecycleColumns(header, fields)) {
        this.warnings.push(
          `column "${column}" looks like a lifecycle transition but is not read: touch time (start to complete) cannot be measured and reaction time counts from the second event instead of the first start; map it with ${column}=lifecycle`,
        );
      }
      this.columnOf = (field) => header[fields.indexOf(field)] ?? field;
      // Rows go to COPY as written only when they are already in its form (comma-separated);
      // case records go in binary (CaseRecordBinaryEncoder), never as written.
      this.passThrough =
        this.spec.table !== 'case_record' &&
        this.delimiter === ',' && fields.length === this.spec.fields.length && fields.every((field, index) => field === this.spec.fields[index]);
      return undefined;
    }
    if (record.length !== this.fields.length) {
      throw new RowValidationError({
        line: this.recordStart,
        column: '(row)',
        message: `malformed CSV: ${record.length} fields where the header has ${this.fields.length}`,
      });
    }
    const values: Record<string, string | null> = {};
    for (let index = 0; index < this.fields.length; index += 1) {
      const field = this.fields[index];
      if (field !== null) values[field] = record[index];
    }
    return { line: this.recordStart, values, columnOf: this.columnOf };
  }
}

/** Streamed CSV rows, in batches; what the header leaves unread is added to `warnings`. */
export function csvRowStream(bytes: Readable, spec: FormatSpec, mapping: Record<string, string>, warnings: string[], options: CsvOptions = {}): Readable[] {
  return [bytes, new CsvReader(spec, mapping, warnings, options)];
}

const XES_NAMES: Record<string, string> = {
  case_ref: 'trace concept:name',
  activity: 'event concept:name',
  occurred_at: 'event time:timestamp',
  lifecycle: 'event lifecycle:transition',
  resource: 'event org:resource',
};
const xesColumnOf = (field: string) => XES_NAMES[field] ?? field;

/** Events of an XES log as rows; a malformed document is reported at its element position. */
async function* xesRows(bytes: AsyncIterable<Buffer>): AsyncGenerator<SourceRow> {
  try {
    for await (const event of readXesEvents(bytes)) {
      yield {
        line: event.position.line,
        values: {
          case_ref: event.caseId,
          activity: event.activity,
          occurred_at: event.timestamp,
          lifecycle: event.lifecycle,
          resource: event.resource,
        },
        columnOf: xesColumnOf,
      };
    }
  } catch (error) {
    if (error instanceof XesFormatError) {
      throw new RowValidationError({
        line: error.position.line,
        column: `XES element at column ${error.position.column}`,
        message: error.message,
      });
    }
    throw error;
  }
}

async function* batched(rows: AsyncIterable<SourceRow>): AsyncGenerator<RowBatch> {
  let batch: RowBatch = [];
  for await (const row of rows) {
    batch.push(row);
    if (batch.length >= BATCH_SIZE) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

export function xesRowStream(bytes: Readable): Readable[] {
  return [Readable.from(batched(xesRows(bytes)), { objectMode: true })];
}
