import { quantileSorted, sampleTriangular, seededRandom } from '../../statistics/index.js';
import { type ClaimMetric, type ClaimStatement, describeClaim, type ExAnteVerdict, percent } from './claim.js';

/** Hours in a week: a bot's upper bound on service hours. */
export const HOURS_PER_WEEK = 168;

/** What the process structure allows, as the savings model sees it. */
export interface ProcessStructure {
  /** a: automatable share of the work. */
  automatableShare: number;
  /** e: exception rate (owner's judgement; +-30% in the draws). */
  exceptionRate: number;
  /** Share of errors arising in automatable steps, when known. */
  errorShareInAutomatableSteps: number | null;
  /** Share of the working time with digital input: cases can arrive outside office hours. */
  digitalInputShare: number;
  /** Service hours per week now (BASELINE period or the process's own). */
  serviceHoursPerWeek: number | null;
  /** True when the latest baseline is an event log with lead and reaction times. */
  hasWaitingTimeData: boolean;
  /** The savings model's relative cost change (negative = saving) at P10, P50, P90. */
  relativeCostChange: { p10: number; p50: number; p90: number } | null;
}

export interface ExAnteResult {
  verdict: ExAnteVerdict;
  /** The largest reduction (or increase) the structure allows, at P10/P50/P90; null if undetermined. */
  bound: { p10: number; p50: number; p90: number } | null;
  explanation: string;
  assumptions: string[];
  missingInputs: string[];
}

export interface ExAnteOptions {
  seed: number;
  draws: number;
}

/** PLAUSIBLE if r <= bound P50; OPTIMISTIC if between P50 and P90; IMPLAUSIBLE above P90. */
export function verdictAgainstBound(magnitude: number, bound: { p50: number; p90: number }): ExAnteVerdict {
  if (magnitude <= bound.p50) return 'PLAUSIBLE';
  return magnitude <= bound.p90 ? 'OPTIMISTIC' : 'IMPLAUSIBLE';
}

function quantiles(values: Float64Array): { p10: number; p50: number; p90: number } {
  const sorted = Float64Array.from(values).sort();
  return { p10: quantileSorted(sorted, 0.1), p50: quantileSorted(sorted, 0.5), p90: quantileSorted(sorted, 0.9) };
}

/** Amdahl's bound a (1 - e) with a ~ triangular(0.8a, a, min(1, 1.2a)), e ~ triangular +-30%. */
export function amdahlBound(structure: ProcessStructure, options: ExAnteOptions): { p10: number; p50: number; p90: number } {
  const random = seededRandom(options.seed);
  const a = structure.automatableShare;
  const e = structure.exceptionRate;
  const bounds = new Float64Array(options.draws);
  for (let i = 0; i < options.draws; i += 1) {
    const share = sampleTriangular(random, 0.8 * a, a, Math.min(1, 1.2 * a));
    const exceptions = Math.min(1, sampleTriangular(random, 0.7 * e, e, 1.3 * e));
    bounds[i] = share * (1 - exceptions);
  }
  return quantiles(bounds);
}

const range = (bound: { p10: number; p90: number }) => `P10-P90 ${percent(bound.p10)}-${percent(bound.p90)}`;

const undetermined = (claim: ClaimStatement, missing: string[], why: string): ExAnteResult => ({
  verdict: 'UNDETERMINED',
  bound: null,
  explanation: `${describeClaim(claim)} cannot be judged before a pilot: ${why}`,
  assumptions: [],
  missingInputs: missing,
});

type ExAnteStrategy = (claim: ClaimStatement, structure: ProcessStructure, options: ExAnteOptions) => ExAnteResult;

const handlingTime: ExAnteStrategy = (claim, structure, options) => {
  const bound = amdahlBound(structure, options);
  return {
    verdict: verdictAgainstBound(claim.magnitude, bound),
    bound,
    explanation: `${describeClaim(claim)} needs ${percent(claim.magnitude)} of the work automated; the automatable share net of exceptions is ${percent(bound.p50)} (${range(bound)})`,
    assumptions: ['work that stays manual cannot shrink (Amdahl): the bound is a (1 - e)'],
    missingInputs: [],
  };
};

const errorRate: ExAnteStrategy = (claim, structure, options) => {
  const known = structure.errorShareInAutomatableSteps;
  const bound =
    known !== null
      ? { p10: known, p50: known, p90: known }
      : amdahlBound(structure, options);
  return {
    verdict: verdictAgainstBound(claim.magnitude, bound),
    bound,
    explanation: `${describeClaim(claim)} needs ${percent(claim.magnitude)} of errors to arise in automated work; ${known !== null ? 'measured' : 'assumed'} share ${percent(bound.p50)} (${range(bound)})`,
    assumptions: known !== null ? [] : ['errors are assumed to arise in proportion to the work, so the bound is a (1 - e)'],
    missingInputs: [],
  };
};

const waitingTime: ExAnteStrategy = (claim, structure, options) => {
  if (!structure.hasWaitingTimeData) {
    return undetermined(claim, ['event-log baseline with lead and reaction times'], 'it needs waiting-time data from an event log');
  }
  const bound = amdahlBound(structure, options);
  return {
    verdict: verdictAgainstBound(claim.magnitude, bound),
    bound,
    explanation: `${describeClaim(claim)} needs ${percent(claim.magnitude)} of the case time removed; at most the automated share ${percent(bound.p50)} (${range(bound)}) can go`,
    assumptions: ['waiting time is assumed to fall in proportion to the automated work, so the bound is a (1 - e)'],
    missingInputs: [],
  };
};

const costPerCase: ExAnteStrategy = (claim, structure) => {
  const change = structure.relativeCostChange;
  if (!change) return undetermined(claim, ['labour cost, volume and handling time'], 'the savings model has no cost baseline for this process');
  // A reduction is minus the change: P50 of the reduction is -P50 of the change, P90 is -P10.
  const bound = { p10: -change.p90, p50: -change.p50, p90: -change.p10 };
  return {
    verdict: verdictAgainstBound(claim.magnitude, bound),
    bound,
    explanation: `${describeClaim(claim)}: the savings model expects the cost per case to fall by ${percent(bound.p50)} (${range(bound)}), running costs and the implementation included`,
    assumptions: ['costs per case as in the savings model (section 4): labour, errors, bot licences, maintenance and implementation spread over the horizon'],
    missingInputs: [],
  };
};

const availability: ExAnteStrategy = (claim, structure) => {
  const hours = structure.serviceHoursPerWeek;
  if (hours === null || hours <= 0) return undetermined(claim, ['service hours per week'], 'the service hours per week are not recorded');
  // Only cases that arrive digitally can be taken in outside office hours.
  const reachable = structure.digitalInputShare > 0 ? HOURS_PER_WEEK / hours - 1 : 0;
  const bound = { p10: reachable, p50: reachable, p90: reachable };
  return {
    verdict: verdictAgainstBound(claim.magnitude, bound),
    bound,
    explanation: `${describeClaim(claim)} from ${hours} service hours a week: ${structure.digitalInputShare > 0 ? `a bot taking digital input could serve up to ${HOURS_PER_WEEK} h (+${percent(reachable)})` : 'paper input only arrives in office hours (+0%)'}`,
    assumptions: ['a bot can run all 168 hours of a week, but only for input that arrives digitally'],
    missingInputs: [],
  };
};

const STRATEGIES: Record<ClaimMetric, ExAnteStrategy> = {
  HANDLING_TIME: handlingTime,
  ERROR_RATE: errorRate,
  LEAD_TIME: waitingTime,
  REACTION_TIME: waitingTime,
  COST_PER_CASE: costPerCase,
  AVAILABILITY: availability,
};

/** Before a pilot: is the claim plausible for this process (methodology section 5)? */
export function assessPlausibility(claim: ClaimStatement, structure: ProcessStructure, options: ExAnteOptions): ExAnteResult {
  return STRATEGIES[claim.metric](claim, structure, options);
}
