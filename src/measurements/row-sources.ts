import { type CsvError, parse } from 'csv-parse';
import { Readable } from 'node:stream';
import { readXesEvents, XesFormatError } from './domain/xes-reader.js';
import { type FormatSpec, resolveHeader } from './domain/import-format.js';
import { RowValidationError } from './domain/row-validation.js';

/** One row of an import: its line in the source and its values by field. */
export interface SourceRow {
  line: number;
  values: Record<string, string | null>;
  /** The source's name of each field, for error messages. */
  columnOf: (field: string) => string;
}

function isCsvError(error: unknown): error is CsvError {
  return error instanceof Error && 'code' in error && String((error as CsvError).code).startsWith('CSV_');
}

/** CSV rows (first line is the header), streamed; quoting and line numbers per RFC 4180. */
export async function* csvRows(bytes: AsyncIterable<Buffer>, spec: FormatSpec, mapping: Record<string, string>): AsyncGenerator<SourceRow> {
  const parser = Readable.from(bytes).pipe(parse({ info: true, bom: true, skip_empty_lines: true }));
  let fields: (string | null)[] | undefined;
  let header: string[] = [];
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (!fields) {
        header = record.map((column) => column.trim());
        fields = resolveHeader(header, spec, mapping);
        continue;
      }
      const values: Record<string, string | null> = {};
      for (let index = 0; index < fields.length; index += 1) {
        const field = fields[index];
        if (field !== null) values[field] = record[index];
      }
      const columns = header;
      const columnFields = fields;
      yield {
        line: info.lines,
        values,
        columnOf: (field) => columns[columnFields.indexOf(field)] ?? field,
      };
    }
  } catch (error) {
    if (isCsvError(error)) {
      const line = (error as CsvError & { lines?: number }).lines ?? 0;
      throw new RowValidationError({ line, column: '(row)', message: `malformed CSV: ${error.message}` });
    }
    throw error;
  }
  if (!fields) throw new RowValidationError({ line: 1, column: '(header)', message: 'the file is empty: no header line' });
}

const XES_NAMES: Record<string, string> = {
  case_ref: 'trace concept:name',
  activity: 'event concept:name',
  occurred_at: 'event time:timestamp',
  lifecycle: 'event lifecycle:transition',
  resource: 'event org:resource',
};

/** Events of an XES log as rows; a malformed document is reported at its element position. */
export async function* xesRows(bytes: AsyncIterable<Buffer>): AsyncGenerator<SourceRow> {
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
        columnOf: (field) => XES_NAMES[field] ?? field,
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
