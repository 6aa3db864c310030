import type { Role, ClaimDirection, ClaimMetric, ClaimScopeKind, EvidenceGrade, PeriodKind, ProcessCategory, ProcessStatus, Quadrant, RankingOrder, StepInputType } from '../gql/graphql.js';

/**
 * Enum values in the order a person reads them. `satisfies Record<...>` makes the compiler
 * refuse a list that misses a value of the server's schema (the generated union).
 */
const categories = {
  INVOICE_PROCESSING: 1,
  TAX_PROCESSING: 2,
  PERMITS: 3,
  CORRESPONDENCE: 4,
  DATABASE_UPDATES: 5,
  DOCUMENT_VALIDITY: 6,
  VEHICLE_REGISTRATION: 7,
  AGRICULTURAL_SUBMISSIONS: 8,
  ENERGY_READINGS: 9,
  WATER_CONSUMPTION: 10,
  STATISTICAL_REPORTING: 11,
  OTHER: 12,
} satisfies Record<ProcessCategory, number>;
const statuses = { DRAFT: 1, ASSESSED: 2, PILOT: 3, AUTOMATED: 4, REJECTED: 5 } satisfies Record<ProcessStatus, number>;
const inputTypes = { STRUCTURED_DIGITAL: 1, UNSTRUCTURED_DIGITAL: 2, PAPER: 3 } satisfies Record<StepInputType, number>;
const periodKinds = { BASELINE: 1, AFTER: 2 } satisfies Record<PeriodKind, number>;
const claimMetrics = { HANDLING_TIME: 1, LEAD_TIME: 2, REACTION_TIME: 3, ERROR_RATE: 4, COST_PER_CASE: 5, AVAILABILITY: 6 } satisfies Record<ClaimMetric, number>;
const claimDirections = { DECREASE: 1, INCREASE: 2 } satisfies Record<ClaimDirection, number>;
const claimScopeKinds = { ORGANIZATION: 1, CATEGORY: 2, PROCESS: 3 } satisfies Record<ClaimScopeKind, number>;
const roles = { PROCESS_OWNER: 1, MANAGER: 2, AUDITOR: 3, ADMIN: 4 } satisfies Record<Role, number>;
const quadrants = { QUICK_WIN: 1, STRATEGIC: 2, LOW_VALUE: 3, NOT_READY: 4 } satisfies Record<Quadrant, number>;
/** Strongest first, as the API's minimum-evidence filter reads them. */
const evidenceGrades = { EVENT_LOG: 1, CASE_SAMPLE: 2, MONTHLY_TOTALS: 3, ESTIMATE: 4 } satisfies Record<EvidenceGrade, number>;
const rankingOrders = { NPV_P50: 1, NET_BENEFIT_P50: 2, HOURS_SAVED: 3, PROBABILITY_POSITIVE_NPV: 4, AUTOMATION_POTENTIAL: 5 } satisfies Record<RankingOrder, number>;

function ordered<Value extends string>(values: Record<Value, number>): Value[] {
  return (Object.keys(values) as Value[]).sort((a, b) => values[a] - values[b]);
}

export const PROCESS_CATEGORIES = ordered<ProcessCategory>(categories);
export const PROCESS_STATUSES = ordered<ProcessStatus>(statuses);
export const STEP_INPUT_TYPES = ordered<StepInputType>(inputTypes);
export const PERIOD_KINDS = ordered<PeriodKind>(periodKinds);
export const QUADRANTS = ordered<Quadrant>(quadrants);
export const EVIDENCE_GRADES = ordered<EvidenceGrade>(evidenceGrades);
export const RANKING_ORDERS = ordered<RankingOrder>(rankingOrders);
export const CLAIM_METRICS = ordered<ClaimMetric>(claimMetrics);
export const CLAIM_DIRECTIONS = ordered<ClaimDirection>(claimDirections);
export const CLAIM_SCOPE_KINDS = ordered<ClaimScopeKind>(claimScopeKinds);
export const ROLES = ordered<Role>(roles);
