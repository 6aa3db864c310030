import type { RankingTableRow } from '../common/tables/ranking-table.js';
import type { CostScenario } from '../scoring/domain/candidate-assessor.js';
import type { ReadinessWeightsType } from '../scoring/dtos/scenario.type.js';
import type { CostSource } from '../scoring/score-assembly.js';
import type { CandidateType } from '../scoring/dtos/scoring.types.js';
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
    Pick<CandidateType, 'processId' | 'category' | 'sampleSize' | 'methodVersion' | 'paybackMonths' | 'candidate' | 'notCandidateReason' | 'display'> {
  netAnnualBenefit: CandidateType['netAnnualBenefit'];
  hoursSaved: CandidateType['hoursSaved'];
  npv: CandidateType['npv'];
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
  scenario: {
    costs: CostScenario;
    sources: Record<string, CostSource>;
    /** Seed and draws of the Monte Carlo, as the office set them or by default. */
    seed: number;
    draws: number;
    /** Processes with a scenario of their own (the rest follow the office's). */
    processOverrides: number;
  };
  weights: ReadinessWeightsType;
  portfolio: PortfolioTotals;
}
