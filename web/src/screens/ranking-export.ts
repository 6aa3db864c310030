import { saveFile } from '../api/download.js';
import ExcelJS from 'exceljs';

/** One row of the ranking as exported: figures as numbers, labels in the reader's language. */
export interface ExportRow {
  rank: number;
  process: string;
  department: string;
  quadrant: string;
  automationPotential: number;
  easeOfImplementation: number;
  hoursSavedP50: number;
  npvP10: number;
  npvP50: number;
  npvP90: number;
  probabilityPositiveNpv: number;
  evidence: string;
  warnings: string;
  explanation: string;
}

export const EXPORT_COLUMNS: (keyof ExportRow)[] = [
  'rank', 'process', 'department', 'quadrant', 'automationPotential', 'easeOfImplementation', 'hoursSavedP50',
  'npvP10', 'npvP50', 'npvP90', 'probabilityPositiveNpv', 'evidence', 'warnings', 'explanation',
];

const MONEY_FORMAT = '#,##0.00 "zł"';
const NUMBER_FORMATS: Partial<Record<keyof ExportRow, string>> = {
  automationPotential: '0.00',
  easeOfImplementation: '0.00',
  hoursSavedP50: '#,##0.0',
  npvP10: MONEY_FORMAT,
  npvP50: MONEY_FORMAT,
  npvP90: MONEY_FORMAT,
  probabilityPositiveNpv: '0.0%',
};


/** A workbook with one sheet: numbers stay numbers (money formatted as PLN), headers frozen. */
export async function downloadXlsx(rows: ExportRow[], headers: Record<keyof ExportRow, string>, sheetName: string, fileName: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = EXPORT_COLUMNS.map((key) => ({
    header: headers[key],
    key,
    width: key === 'explanation' || key === 'warnings' ? 60 : key === 'process' ? 40 : 16,
    style: NUMBER_FORMATS[key] ? { numFmt: NUMBER_FORMATS[key] } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  const buffer = await workbook.xlsx.writeBuffer();
  saveFile(new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), fileName);
}

function csvField(value: string | number): string {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** UTF-8 CSV (with a byte-order mark so spreadsheets read Polish letters), comma-separated, decimal points. */
export function downloadCsv(rows: ExportRow[], headers: Record<keyof ExportRow, string>, fileName: string): void {
  const lines = [EXPORT_COLUMNS.map((key) => csvField(headers[key])).join(','), ...rows.map((row) => EXPORT_COLUMNS.map((key) => csvField(row[key])).join(','))];
  saveFile(new Blob(['\uFEFF', lines.join('\r\n'), '\r\n'], { type: 'text/csv;charset=utf-8' }), fileName);
}
