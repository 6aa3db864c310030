import { BadInputError } from '../common/errors/domain-error.js';
import type { LiteralValue } from '../common/tenancy/sql-literal.js';
import { isRecordId } from '../common/validation/uuid.js';
import { type EvidenceGrade, gradesAtLeast } from '../measurements/domain/measurement.enums.js';
import type { ProcessCategory, ProcessStatus } from '../processes/domain/process.enums.js';
import type { NotCandidateReason, Quadrant } from './scoring.enums.js';
import { RankingOrder } from './scoring.enums.js';
import { RANKING_COLUMNS, SCORED_ANNUAL_VOLUME_SQL, type StoredStandardErrors } from './stored-score.js';

/** The stored column each ranking order sorts by (descending: best first). */
export const ORDER_COLUMNS: Record<RankingOrder, string> = {
  [RankingOrder.NPV_P50]: 'npv_p50',
  [RankingOrder.NET_BENEFIT_P50]: 'net_benefit_p50',
  [RankingOrder.HOURS_SAVED]: 'hours_saved_p50',
  [RankingOrder.AUTOMATION_POTENTIAL]: 'automation_potential',
  [RankingOrder.PROBABILITY_POSITIVE_NPV]: 'probability_positive_npv',
};

export interface CandidateFilter {
  category?: ProcessCategory | null;
  departmentId?: string | null;
  status?: ProcessStatus | null;
  quadrant?: Quadrant | null;
  minEvidence?: EvidenceGrade | null;
  candidate?: boolean | null;
}

/** Where the previous page ended: the sort value, the process id and the rank of that row. */
export interface RankingCursor {
  order: RankingOrder;
  value: string;
  processId: string;
  rank: number;
}

const NUMERIC = /^-?\d{1,16}(\.\d{1,4})?$/;

export function encodeRankingCursor(cursor: RankingCursor): string {
  return Buffer.from(JSON.stringify([cursor.order, cursor.value, cursor.processId, cursor.rank])).toString('base64url');
}

/** A cursor is only valid for the order it was issued under. */
export function decodeRankingCursor(text: string, order: RankingOrder): RankingCursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 4 &&
      parsed[0] === order &&
      typeof parsed[1] === 'string' &&
      NUMERIC.test(parsed[1]) &&
      typeof parsed[2] === 'string' &&
      isRecordId(parsed[2]) &&
      Number.isInteger(parsed[3]) &&
      (parsed[3] as number) >= 0
    ) {
      return { order, value: parsed[1], processId: parsed[2], rank: parsed[3] as number };
    }
  } catch {
    // any undecodable cursor is the caller's mistake, reported below
  }
  throw new BadInputError([
    { path: 'after', message: 'not a cursor returned by this ranking and order (use pageInfo.endCursor)' },
  ]);
}

/** The columns a ranking row carries: a projection, no entity hydration. */
export const CANDIDATE_COLUMNS = [...RANKING_COLUMNS, `${SCORED_ANNUAL_VOLUME_SQL} AS annual_volume`].join(', ');

/** Position of score row `s` among its organization's candidates by P50 NPV (1 = best). */
export const RANK_IN_ORGANIZATION = `(SELECT count(*)::int + 1 FROM candidate_score o
  WHERE o.organization_id = s.organization_id AND (o.npv_p50, o.process_id) > (s.npv_p50, s.process_id))`;

export interface CandidateRow {
  process_id: string;
  process_name: string;
  organization_id: string;
  category: ProcessCategory;
  department_id: string | null;
  status: ProcessStatus;
  automation_potential: string;
  ease_of_implementation: string;
  quadrant: Quadrant;
  candidate: boolean;
  not_candidate_reason: NotCandidateReason | null;
  evidence_grade: EvidenceGrade;
  sample_size: number;
  hours_saved_p10: string;
  hours_saved_p50: string;
  hours_saved_p90: string;
  net_benefit_p10: string;
  net_benefit_p50: string;
  net_benefit_p90: string;
  npv_p10: string;
  npv_p50: string;
  npv_p90: string;
  probability_positive_npv: string;
  payback_months: string | null;
  payback_p10: string | null;
  payback_p50: string | null;
  payback_p90: string | null;
  /** SimulationStandardErrors as stored; null for a score before savings-2. */
  standard_errors: StoredStandardErrors | null;
  warnings: string[];
  explanation: string;
  method_version: string;
  computed_at: Date;
  annual_volume: number | null;
  sort_key: string;
}

export interface RankingSql {
  text: string;
  values: LiteralValue[];
}

/**
 * One page of the ranking as a single index-friendly statement: filter, keyset condition on
 * (sort key, process id), descending order, LIMIT first + 1 (the extra row only says whether a
 * next page exists). The benchmark runs this same statement directly with pg.
 */
export function rankingSql(
  organizationIds: readonly string[],
  filter: CandidateFilter,
  order: RankingOrder,
  limit: number,
  after: RankingCursor | null,
): RankingSql {
  const column = ORDER_COLUMNS[order];
  const values: LiteralValue[] = [organizationIds];
  const conditions = ['organization_id = ANY ($1::uuid[])'];
  const add = (condition: (placeholder: string) => string, value: LiteralValue): void => {
    values.push(value);
    conditions.push(condition(`$${values.length}`));
  };
  if (filter.category) add((p) => `category = ${p}`, filter.category);
  if (filter.departmentId) add((p) => `department_id = ${p}::uuid`, filter.departmentId);
  if (filter.status) add((p) => `status = ${p}`, filter.status);
  if (filter.quadrant) add((p) => `quadrant = ${p}`, filter.quadrant);
  if (filter.minEvidence) add((p) => `evidence_grade = ANY (${p}::evidence_grade[])`, gradesAtLeast(filter.minEvidence));
  if (filter.candidate !== null && filter.candidate !== undefined) add((p) => `candidate = ${p}`, filter.candidate);
  if (after) {
    values.push(after.value, after.processId);
    conditions.push(`(${column}, process_id) < ($${values.length - 1}::numeric, $${values.length}::uuid)`);
  }
  values.push(limit + 1);
  return {
    text: `SELECT ${CANDIDATE_COLUMNS}, ${column}::text AS sort_key FROM candidate_score
      WHERE ${conditions.join(' AND ')}
      ORDER BY ${column} DESC, process_id DESC LIMIT $${values.length}`,
    values,
  };
}
