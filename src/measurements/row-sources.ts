import { type CsvError, parse } from 'csv-parse';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import { type FormatSpec, resolveHeader } from './domain/import-format.js';
import { RowValidationError } from './domain/row-validation.js';
import { readXesEvents, XesFormatError } from './domain/xes-reader.js';

/** One row of an import: its line in the source and its values by field. */
export interface SourceRow {
  line: number;
  values: Record<string, string | null>;
  /** The source's name of each field, for error messages. */
  columnOf: (field: string) => string;
}

export function isCsvError(error: unknown): error is CsvError & { lines?: number } {
  return error instanceof Error && 'code' in error && String((error as CsvError).code).startsWith('CSV_');
}

/** Turns a CSV parser's malformed-file error into a row problem with its line. */
export function csvProblem(error: CsvError & { lines?: number }): RowValidationError {
  return new RowValidationError({ line: error.lines ?? 0, column: '(row)', message: `malformed CSV: ${error.message}` });
}

/**
 * CSV records (first line the header) to rows. A Transform, not an async generator: a million
 * rows pass through it, and a stream costs one synchronous call per row.
 */
class CsvRecordsToRows extends Transform {
  private fields: (string | null)[] | undefined;
  private columnOf: (field: string) => string = (field) => field;

  constructor(
    private readonly spec: FormatSpec,
    private readonly mapping: Record<string, string>,
  ) {
    super({ objectMode: true });
  }

  override _transform(chunk: { record: string[]; info: { lines: number } }, _encoding: BufferEncoding, callback: TransformCallback): void {
    const { record, info } = chunk;
    if (!this.fields) {
      try {
        const header = record.map((column) => column.trim());
        const fields = resolveHeader(header, this.spec, this.mapping);
        this.fields = fields;
        this.columnOf = (field) => header[fields.indexOf(field)] ?? field;
        callback();
      } catch (error) {
        callback(error as Error);
      }
      return;
    }
    const values: Record<string, string | null> = {};
    for (let index = 0; index < this.fields.length; index += 1) {
      const field = this.fields[index];
      if (field !== null) values[field] = record[index];
    }
    callback(null, { line: info.lines, values, columnOf: this.columnOf } satisfies SourceRow);
  }

  override _flush(callback: TransformCallback): void {
    callback(this.fields ? null : new RowValidationError({ line: 1, column: '(header)', message: 'the file is empty: no header line' }));
  }
}

/** Streamed CSV rows; quoting and line numbers per RFC 4180 (csv-parse). */
export function csvRowStream(bytes: Readable, spec: FormatSpec, mapping: Record<string, string>): Readable[] {
  return [bytes, parse({ info: true, bom: true, skip_empty_lines: true }), new CsvRecordsToRows(spec, mapping)];
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
          occurred_at: event.timestamp.toISOString(),
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

export function xesRowStream(bytes: Readable): Readable[] {
  return [Readable.from(xesRows(bytes), { objectMode: true })];
}
