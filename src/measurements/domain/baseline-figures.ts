import { bootstrapMeanInterval, tIntervalOfMean, wilsonInterval } from '../../statistics/index.js';
import { EvidenceGrade } from './measurement.enums.js';

/** Stored with every figure set: a change of method is a new version, never a silent edit. */
export const BASELINE_METHOD_VERSION = 'baseline-1';
/** Below this many values the 95% CI of a mean comes from a seeded bootstrap, not a t-interval. */
export const SMALL_SAMPLE = 30;
export const BOOTSTRAP_SEED = 20261122;
/** A field present in fewer cases than this share is flagged (methodology section 2). */
export const MIN_COVERAGE = 0.8;

export type CiMethod = 'T_INTERVAL' | 'BOOTSTRAP' | 'NONE';

export interface DurationSummary {
  unit: 'MINUTES' | 'HOURS';
  n: number;
  mean: number | null;
  sd: number | null;
  median: number | null;
  p90: number | null;
  ciLower: number | null;
  ciUpper: number | null;
  ciMethod: CiMethod;
}

export interface RateSummary {
  n: number;
  count: number;
  rate: number | null;
  ciLower: number | null;
  ciUpper: number | null;
}

export interface FieldCoverage {
  field: string;
  share: number;
  flagged: boolean;
}

export interface BaselineFigures {
  grade: EvidenceGrade;
  cases: number;
  events: number | null;
  activities: number | null;
  firstReceivedAt: string | null;
  lastReceivedAt: string | null;
  coveredDays: number | null;
  annualVolume: number | null;
  months: number;
  monthlyVolumeMean: number | null;
  monthlyVolumeSd: number | null;
  touchTime: DurationSummary;
  leadTime: DurationSummary;
  reactionTime: DurationSummary;
  errorRate: RateSummary;
  reworkRate: RateSummary;
  variants: number | null;
  topVariantShare: number | null;
  coverage: FieldCoverage[];
  flags: string[];
}

/** Aggregates of one duration computed in SQL; `values` only when n < SMALL_SAMPLE. */
export interface DurationAggregate {
  n: number;
  mean: number | null;
  sd: number | null;
  median: number | null;
  p90: number | null;
  values?: number[];
}

export function summarizeDuration(unit: DurationSummary['unit'], aggregate: DurationAggregate): DurationSummary {
  const { n, mean, sd, median, p90 } = aggregate;
  const base = { unit, n, mean, sd, median, p90 };
  if (n >= SMALL_SAMPLE && mean !== null && sd !== null) {
    const ci = tIntervalOfMean(mean, sd, n);
    return { ...base, ciLower: ci.lower, ciUpper: ci.upper, ciMethod: 'T_INTERVAL' };
  }
  if (n >= 2 && aggregate.values && aggregate.values.length === n) {
    const ci = bootstrapMeanInterval(aggregate.values, { seed: BOOTSTRAP_SEED });
    return { ...base, ciLower: ci.lower, ciUpper: ci.upper, ciMethod: 'BOOTSTRAP' };
  }
  return { ...base, ciLower: null, ciUpper: null, ciMethod: 'NONE' };
}

export function summarizeRate(count: number, n: number): RateSummary {
  if (n === 0) return { n, count, rate: null, ciLower: null, ciUpper: null };
  const ci = wilsonInterval(count, n);
  return { n, count, rate: count / n, ciLower: ci.lower, ciUpper: ci.upper };
}

/** Annual volume from the days the data covers (first to last received date, inclusive). */
export function annualVolume(cases: number, coveredDays: number | null): number | null {
  return coveredDays && coveredDays > 0 ? (cases * 365) / coveredDays : null;
}

export function fieldCoverage(presentCounts: Record<string, number>, cases: number): FieldCoverage[] {
  return Object.entries(presentCounts).map(([field, present]) => {
    const share = cases === 0 ? 0 : present / cases;
    return { field, share, flagged: share < MIN_COVERAGE };
  });
}

export function coverageFlags(coverage: FieldCoverage[]): string[] {
  return coverage
    .filter((field) => field.flagged)
    .map(
      (field) =>
        `${field.field} is present in ${(field.share * 100).toFixed(1)}% of cases (< ${MIN_COVERAGE * 100}%): figures from it are not used for claim tests without saying so`,
    );
}
