import ExcelJS from 'exceljs';

/**
 * A table for people who go on in a spreadsheet, and its two files: one set of decisions (numbers
 * stay numbers, text never runs as a formula, UTF-8 with a byte-order mark, RFC 4180 quoting) for
 * the web app's exports and the server's reports alike.
 */
export type Cell = string | number | null;

/** How a column's numbers are shown in a workbook; the value itself is never rounded. */
export type ColumnKind = 'text' | 'number' | 'integer' | 'share' | 'money' | 'hours';

export interface TableColumn {
  title: string;
  kind: ColumnKind;
  /** Width in characters (a workbook's column); by default 36 for text, 16 for numbers. */
  width?: number;
}

export interface Table {
  /** The sheet's name (a workbook allows 31 characters). */
  name: string;
  columns: TableColumn[];
  rows: Cell[][];
}

const NUMBER_FORMATS: Record<Exclude<ColumnKind, 'text'>, string> = {
  number: '#,##0.00',
  integer: '#,##0',
  share: '0.0%',
  money: '#,##0.00 "zł"',
  hours: '#,##0.0',
};

/** What makes a spreadsheet read a cell as a formula (OWASP, CSV injection): =, +, -, @, tab or carriage return first. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A figure as JavaScript writes a number (-12.5, -1e-7): a spreadsheet reads it as that number, never as a formula. */
const WRITTEN_NUMBER = /^-?(?:\d+(?:\.\d+)?|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * A cell's content as a spreadsheet will show it rather than run it: text that would start a
 * formula gets a leading apostrophe, which spreadsheets take as "this is text" (names come from
 * users, and a file opened by a colleague must not call out or run commands). Numbers, and
 * text that is just a number, stay as they are, so figures remain figures. The one rule for
 * every CSV the product writes, on the server and in the web app.
 */
export function formulaSafe(value: string | number): string {
  const text = String(value);
  return typeof value === 'number' || WRITTEN_NUMBER.test(text) || !FORMULA_START.test(text) ? text : `'${text}`;
}

function csvField(value: Cell): string {
  if (value === null) return '';
  const text = formulaSafe(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * CSV text: comma-separated, decimal points, full precision (machine-readable), CRLF line ends,
 * a byte-order mark first so that spreadsheets read the Polish letters as UTF-8.
 */
export function tableCsv(table: Table): string {
  const lines = [table.columns.map((column) => csvField(column.title)), ...table.rows.map((row) => row.map(csvField))];
  return `\uFEFF${lines.map((cells) => cells.join(',')).join('\r\n')}\r\n`;
}

/** An XLSX workbook of one sheet, header frozen; `created` fixes its dates (a report's, not the clock's). */
export async function tableXlsx(table: Table, options: { created?: Date } = {}): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'rpa-readiness';
  if (options.created) {
    workbook.created = options.created;
    workbook.modified = options.created;
  }
  const sheet = workbook.addWorksheet(table.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((column) => ({
    header: column.title,
    width: column.width ?? (column.kind === 'text' ? 36 : 16),
    style: column.kind === 'text' ? {} : { numFmt: NUMBER_FORMATS[column.kind] },
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row);
  return workbook.xlsx.writeBuffer();
}
