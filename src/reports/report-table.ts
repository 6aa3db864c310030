import type { Table } from '../shared/tables/table-files.js';
import type { VerificationReportData } from './verification-report.data.js';
import type { ReportWords } from './report-texts.js';

/** One row per process of a verification, the figures of the report's table; shares as fractions (0.5 = 50%). */
export function verificationTable(data: VerificationReportData, words: ReportWords): Table {
  const { text, label } = words;
  return {
    name: text('verificationTitle'),
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
