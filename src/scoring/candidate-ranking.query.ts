import { BadInputError } from '../common/errors/domain-error.js';
import type { LiteralValue } from '../common/tenancy/sql-literal.js';
import { isRecordId } from '../common/validation/uuid.js';
import { type EvidenceGrade, gradesAtLeast } from '../measurements/domain/measurement.enums.js';
import type { ProcessCategory, ProcessStatus } from '../processes/domain/process.enums.js';
import type { NotCandidateReason, Quadrant } from './scoring.enums.js';
import { RankingOrder } from './scoring.enums.js';
import type { FieldSelection } from '../common/pagination/node-selection.js';
import type { Candidate } from './scoring.data.js';
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

/** A column of a ranking row: a stored one, or the annual volume read out of the result document. */
export type RowColumn = (typeof RANKING_COLUMNS)[number] | 'annual_volume';

const SIMULATED_COLUMNS = {
  hoursSaved: ['hours_saved_p10', 'hours_saved_p50', 'hours_saved_p90'],
  netAnnualBenefit: ['net_benefit_p10', 'net_benefit_p50', 'net_benefit_p90'],
  npv: ['npv_p10', 'npv_p50', 'npv_p90'],
  payback: ['payback_p10', 'payback_p50', 'payback_p90', 'standard_errors'],
  probabilityPositiveNpv: ['probability_positive_npv'],
} as const satisfies Record<keyof Candidate['display'], readonly RowColumn[]>;

/**
 * The columns each field of a Candidate is read from (scoring.mapper's storedCandidate reads
 * no other); a display figure also needs the standard error it is rounded to.
 */
const FIELD_COLUMNS = new Map<string, readonly RowColumn[]>(
  Object.entries({
    rank: [],
    processId: ['process_id'],
    processName: ['process_name'],
    organizationId: ['organization_id'],
    category: ['category'],
    departmentId: ['department_id'],
    status: ['status'],
    automationPotential: ['automation_potential'],
    easeOfImplementation: ['ease_of_implementation'],
    quadrant: ['quadrant'],
    candidate: ['candidate'],
    notCandidateReason: ['not_candidate_reason'],
    annualVolume: ['annual_volume'],
    hoursSaved: SIMULATED_COLUMNS.hoursSaved,
    netAnnualBenefit: SIMULATED_COLUMNS.netAnnualBenefit,
    npv: SIMULATED_COLUMNS.npv,
    probabilityPositiveNpv: SIMULATED_COLUMNS.probabilityPositiveNpv,
    paybackMonths: ['payback_months'],
    payback: SIMULATED_COLUMNS.payback,
    standardErrors: ['standard_errors'],
    display: [],
    evidenceGrade: ['evidence_grade'],
    sampleSize: ['sample_size'],
    warnings: ['warnings'],
    explanation: ['explanation'],
    methodVersion: ['method_version'],
    computedAt: ['computed_at'],
  } satisfies Record<keyof Candidate, readonly RowColumn[]>),
);
const DISPLAY_COLUMNS = new Map<string, readonly RowColumn[]>(
  Object.entries(SIMULATED_COLUMNS).map(([figure, columns]) => [figure, [...columns, 'standard_errors']]),
);

/**
 * The columns behind the fields a document asks of a ranking's nodes, in CANDIDATE_COLUMNS'
 * order: a page then reads, sends and parses those (19 of the 33 for the web's ranking screen).
 * The process id is always read: cursors carry it.
 */
export function selectedColumns(selection: FieldSelection): RowColumn[] {
  const columns = new Set<RowColumn>(['process_id']);
  for (const [field, below] of selection) {
    const own = field === 'display' ? [...below.keys()].flatMap((figure) => DISPLAY_COLUMNS.get(figure) ?? []) : (FIELD_COLUMNS.get(field) ?? []);
    for (const column of own) columns.add(column);
  }
  return [...RANKING_COLUMNS, 'annual_volume' as const].filter((column) => columns.has(column));
}

/** Select lists by selection: connectionNodeSelection gives a cached document the same selection each time. */
const selectLists = new WeakMap<FieldSelection, string>();

/** selectedColumns as rankingSql's select list. */
export function candidateColumns(selection: FieldSelection): string {
  let list = selectLists.get(selection);
  if (list === undefined) {
    list = selectedColumns(selection)
      .map((column) => (column === 'annual_volume' ? `${SCORED_ANNUAL_VOLUME_SQL} AS annual_volume` : column))
      .join(', ');
    selectLists.set(selection, list);
  }
  return list;
}

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
 * next page exists), selecting `columns` (all of a candidate's unless the caller knows which
 * fields it needs). The benchmark runs this same statement directly with pg.
 */
export function rankingSql(
  organizationIds: readonly string[],
  filter: CandidateFilter,
  order: RankingOrder,
  limit: number,
  after: RankingCursor | null,
  columns: string = CANDIDATE_COLUMNS,
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
    text: `SELECT ${columns}, ${column}::text AS sort_key FROM candidate_score
      WHERE ${conditions.join(' AND ')}
      ORDER BY ${column} DESC, process_id DESC LIMIT $${values.length}`,
    values,
  };
}
