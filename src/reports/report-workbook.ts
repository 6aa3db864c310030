import ExcelJS from 'exceljs';
import type { ReportTable } from './report-table.js';

const FORMATS = { text: '@', number: '#,##0.00', share: '0.0%', integer: '#,##0' } as const;

/** The table as an XLSX workbook: numbers as numbers with a display format, never as text. */
export async function tableWorkbook(table: ReportTable, documentDate: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'rpa-readiness';
  workbook.created = documentDate;
  workbook.modified = documentDate;
  const sheet = workbook.addWorksheet(table.name);
  sheet.columns = table.columns.map((column) => ({ header: column.title, width: column.kind === 'text' ? 36 : 16, style: { numFmt: FORMATS[column.kind] } }));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
