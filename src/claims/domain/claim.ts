/**
 * Stored with every verification: a change of method is a new version, never a silent edit.
 * claims-1.1: coverage notes only for the fields a metric uses; cases needed only when a realistic sample could decide.
 * claims-2: a pilot plan sized before the pilot (80% power); the decision rule stated; the cases
 * needed at the observed change labelled post hoc; a warning when the office's other processes
 * moved the same way without a control, with a suggested control; the verdict says whether a
 * control was used.
 */
export const CLAIMS_METHOD_VERSION = 'claims-2';

export type ClaimMetric = 'HANDLING_TIME' | 'LEAD_TIME' | 'REACTION_TIME' | 'ERROR_RATE' | 'COST_PER_CASE' | 'AVAILABILITY';
export type ClaimDirection = 'DECREASE' | 'INCREASE';
export type ExAnteVerdict = 'PLAUSIBLE' | 'OPTIMISTIC' | 'IMPLAUSIBLE' | 'UNDETERMINED';
export type ExPostVerdict = 'SUPPORTED' | 'CONTRADICTED' | 'INCONCLUSIVE' | 'INSUFFICIENT_DATA';

/** The per-case fields each metric's test reads: only their coverage concerns its verdict. */
export const FIELDS_USED_BY_METRIC: Record<ClaimMetric, readonly string[]> = {
  HANDLING_TIME: ['handling_minutes'],
  LEAD_TIME: ['received_at', 'completed_at'],
  REACTION_TIME: ['received_at', 'started_at'],
  ERROR_RATE: ['errors'],
  COST_PER_CASE: ['handling_minutes', 'errors'],
  AVAILABILITY: [],
};

/** The direction in which each metric gets better: a claim the other way is malformed. */
export const IMPROVING_DIRECTION: Record<ClaimMetric, ClaimDirection> = {
  HANDLING_TIME: 'DECREASE',
  LEAD_TIME: 'DECREASE',
  REACTION_TIME: 'DECREASE',
  ERROR_RATE: 'DECREASE',
  COST_PER_CASE: 'DECREASE',
  AVAILABILITY: 'INCREASE',
};

export const MAX_MAGNITUDE = 10;

/** What a vendor promised: "-50% service time" is HANDLING_TIME, DECREASE, 0.5. */
export interface ClaimStatement {
  metric: ClaimMetric;
  direction: ClaimDirection;
  /** r: 0.5 = 50%. A decrease cannot exceed 100%. */
  magnitude: number;
}

export interface FieldProblem {
  path: string;
  message: string;
}

export function validateClaim(claim: ClaimStatement): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!Number.isFinite(claim.magnitude) || claim.magnitude <= 0 || claim.magnitude > MAX_MAGNITUDE) {
    problems.push({ path: 'input.magnitude', message: `magnitude must be a share above 0 and at most ${MAX_MAGNITUDE} (0.5 = 50%)` });
  } else if (claim.direction === 'DECREASE' && claim.magnitude > 1) {
    problems.push({ path: 'input.magnitude', message: 'a decrease cannot exceed 1 (100%)' });
  }
  if (IMPROVING_DIRECTION[claim.metric] !== claim.direction) {
    problems.push({
      path: 'input.direction',
      message: `${claim.metric} improves by ${IMPROVING_DIRECTION[claim.metric]}: a vendor would not promise the opposite`,
    });
  }
  return problems;
}

export const percent = (share: number, digits = 0) => `${(share * 100).toFixed(digits)}%`;

/** How a claim reads in a sentence: "-50% handling time", "+24% availability". */
export function describeClaim(claim: ClaimStatement): string {
  const sign = claim.direction === 'DECREASE' ? '-' : '+';
  return `${sign}${percent(claim.magnitude)} ${claim.metric.toLowerCase().replace(/_/g, ' ')}`;
}
