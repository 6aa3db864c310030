import type { Language } from '../shared/formatters.js';
import { type Table, tableXlsx } from '../shared/tables/table-files.js';
import type { CandidateFacts } from '../scoring/domain/candidate-assessor.js';
import { sumPortfolio } from '../scoring/domain/portfolio-sum.js';
import { rankingReportPdf } from './pdf/ranking-report.pdf.js';
import { verificationReportPdf } from './pdf/verification-report.pdf.js';
import type { RankingReportData } from './ranking-report.data.js';
import type { VerificationReportData } from './verification-report.data.js';

/** What a ranking report is made from: its stored data, and the facts its portfolio is simulated from. */
export interface RankingReportSource {
  data: Omit<RankingReportData, 'portfolio'>;
  portfolio: { processIds: string[]; facts: CandidateFacts[] };
}

/** A report's CPU-heavy part, from plain data (it crosses to a worker thread): no I/O, no framework. */
export type RenderJob =
  | { kind: 'verification-pdf'; data: VerificationReportData; language: Language }
  | { kind: 'ranking-pdf'; source: RankingReportSource; language: Language }
  | { kind: 'xlsx'; table: Table; created: Date };

export async function renderReport(job: RenderJob): Promise<Uint8Array> {
  switch (job.kind) {
    case 'verification-pdf':
      return verificationReportPdf(job.data, job.language);
    case 'ranking-pdf': {
      const portfolio = await sumPortfolio(job.source.portfolio.processIds, job.source.portfolio.facts);
      return rankingReportPdf({ ...job.source.data, portfolio }, job.language);
    }
    case 'xlsx':
      return new Uint8Array(await tableXlsx(job.table, { created: job.created }));
  }
}
