import type { VerificationReportData } from './domain/verification-report.data.js';
import type { ReportWords } from './report-texts.js';

export type Cell = string | number | null;

/** A sheet of figures for a spreadsheet: numbers stay numbers, shares are fractions (0.5 = 50%). */
export interface ReportTable {
  name: string;
  columns: { title: string; kind: 'text' | 'number' | 'share' | 'integer' }[];
  rows: Cell[][];
}

/** One row per process of a verification, the figures of the report's table. */
export function verificationTable(data: VerificationReportData, words: ReportWords): ReportTable {
  const { text, label } = words;
  return {
    name: text('verificationTitle').slice(0, 31),
    columns: [
      { title: text('process'), kind: 'text' },
      { title: `${text('verdict')} (${text('exPost')})`, kind: 'text' },
      { title: text('estimate'), kind: 'share' },
      { title: `${text('interval')} (−)`, kind: 'share' },
      { title: `${text('interval')} (+)`, kind: 'share' },
      { title: `${text('sampleSizes')} (1)`, kind: 'integer' },
      { title: `${text('sampleSizes')} (2)`, kind: 'integer' },
      { title: text('casesNeeded'), kind: 'integer' },
      { title: `${text('verdict')} (${text('exAnte')})`, kind: 'text' },
      { title: `${text('bound')} P10`, kind: 'share' },
      { title: `${text('bound')} P50`, kind: 'share' },
      { title: `${text('bound')} P90`, kind: 'share' },
      { title: text('explanation'), kind: 'text' },
    ],
    rows: data.checks.map((check) => [
      check.processName,
      label('ExPostVerdict', check.exPost.verdict),
      check.exPost.estimate,
      check.exPost.lower,
      check.exPost.upper,
      check.exPost.baselineSampleSize,
      check.exPost.afterSampleSize,
      check.exPost.casesNeededPerPeriod,
      label('ExAnteVerdict', check.exAnte.verdict),
      check.exAnte.boundP10,
      check.exAnte.boundP50,
      check.exAnte.boundP90,
      check.exPost.explanation,
    ]),
  };
}

/** RFC 4180 CSV, UTF-8 with a byte order mark (so Excel reads the Polish letters), full-precision numbers. */
export function tableCsv(table: ReportTable): Buffer {
  const cell = (value: Cell) => {
    if (value === null) return '';
    const textValue = String(value);
    return /[",\r\n]/.test(textValue) ? `"${textValue.replace(/"/g, '""')}"` : textValue;
  };
  const lines = [table.columns.map((column) => cell(column.title)), ...table.rows.map((row) => row.map(cell))].map((cells) => cells.join(','));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}
