import type { RankingTableRow } from '../shared/tables/ranking-table.js';
import type { Candidate, ScoringSettings } from '../scoring/scoring.data.js';
import type { PortfolioTotals } from '../scoring/domain/portfolio-sum.js';

/** The ranking's filters as asked (null: not filtered), the department by id and name. */
export interface RankingReportFilter {
  category: string | null;
  departmentId: string | null;
  departmentName: string | null;
  quadrant: string | null;
  minEvidence: string | null;
}

export interface RankingReportCandidate
  extends RankingTableRow,
    Pick<Candidate, 'processId' | 'category' | 'sampleSize' | 'methodVersion' | 'paybackMonths' | 'candidate' | 'notCandidateReason' | 'display'> {
  netAnnualBenefit: Candidate['netAnnualBenefit'];
  hoursSaved: Candidate['hoursSaved'];
  npv: Candidate['npv'];
}

/**
 * Everything a ranking report shows, read from stored scores and settings (plain values): the
 * same stored data always gives the same report, to the byte.
 */
export interface RankingReportData {
  organization: { id: string; name: string; terytCode: string | null };
  filter: RankingReportFilter;
  order: string;
  /** How many candidates the report lists and sums (the top N of the filtered ranking). */
  top: number;
  /** More candidates match the filter than the report lists. */
  moreCandidates: boolean;
  candidates: RankingReportCandidate[];
  /** The methods behind the listed scores (one, unless scores of an older method are still stored). */
  methodVersions: string[];
  /** The latest of the scores' and settings' times: the report's date. */
  asOf: string;
  scenario: Omit<ScoringSettings, 'weights' | 'changedAt'>;
  weights: ScoringSettings['weights'];
  portfolio: PortfolioTotals;
}
