import { bootstrapMeanInterval, tIntervalOfMean, wilsonInterval } from '../../statistics/index.js';
import { EvidenceGrade } from './measurement.enums.js';

/**
 * Stored with every figure set: a change of method is a new version, never a silent edit.
 * baseline-2: adds the monthly series (monthlySeries) that forecasts and monthly tests use.
 * baseline-2.1: a month of case data is whole only inside the days its cases cover, as the
 * annual volume counts them (a period set wider than its data no longer adds empty months).
 */
export const BASELINE_METHOD_VERSION = 'baseline-2.1';
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
  /** The period's calendar months in order (baseline-2; absent from figures of baseline-1). */
  monthlySeries?: MonthFigures[];
}

/** One calendar month of a period. */
export interface MonthFigures {
  /** YYYY-MM */
  month: string;
  /**
   * Whether the whole month lies inside the period and, for case data, inside the days its cases
   * cover (first to last received date): only whole months are units of a forecast or a monthly test.
   */
  whole: boolean;
  cases: number;
  /** Cases with handling minutes, and their mean (minutes per case). */
  handlingN: number;
  handlingMean: number | null;
}

/** What a month's cases add up to: handling time in hundredths of a minute, exact as stored. */
export interface MonthTally {
  cases: number;
  handlingN: number;
  handlingHundredths: number;
}

/** `year * 12 + month index` of a YYYY-MM-DD date. */
function monthIndexOf(date: string): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

/** The office's dates of the first and last case received, as days since 1970-01-01. */
export interface CoveredDays {
  first: number;
  last: number;
}

/** Calendar days from the first case received to the last, both counted; null without cases. */
export function coveredDayCount(covered: CoveredDays | null): number | null {
  return covered === null ? null : covered.last - covered.first + 1;
}

const MILLIS_PER_DAY = 86_400_000;
/**
 * Days at either end of a month in which the first or last case may fall while the month still
 * counts as covered: an office receives nothing on weekends and holidays (1 and 6 January, a
 * long weekend), so its first case of a whole month can come on the 7th.
 */
export const MONTH_EDGE_GRACE_DAYS = 6;

/**
 * Every calendar month the period touches, from its first day's month to its last day's, with
 * the cases received in it (0 where none): whole when the period covers the month from its
 * first to its last day and so do the received dates of its cases (`covered`, with
 * MONTH_EDGE_GRACE_DAYS at each end; none without cases). The annual volume counts cases over
 * those covered days, so a month outside them, or only partly inside, would count as a month with
 * fewer cases than the office had. Handling
 * means from exact hundredths, so any path that tallies the same rows gives the same numbers.
 */
export function monthlySeries(startsOn: string, endsOn: string, tallies: ReadonlyMap<number, MonthTally>, covered: CoveredDays | null): MonthFigures[] {
  const first = monthIndexOf(startsOn);
  const last = monthIndexOf(endsOn);
  const firstDayOf = (index: number) => Date.UTC(Math.floor(index / 12), index % 12, 1) / MILLIS_PER_DAY;
  const lastDayOf = (index: number) => firstDayOf(index + 1) - 1;
  const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`) / MILLIS_PER_DAY;
  const series: MonthFigures[] = [];
  for (let index = first; index <= last; index += 1) {
    const tally = tallies.get(index);
    const insidePeriod = firstDayOf(index) >= dayOf(startsOn) && lastDayOf(index) <= dayOf(endsOn);
    const insideData =
      covered !== null && covered.first <= firstDayOf(index) + MONTH_EDGE_GRACE_DAYS && covered.last >= lastDayOf(index) - MONTH_EDGE_GRACE_DAYS;
    const handlingN = tally?.handlingN ?? 0;
    series.push({
      month: `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`,
      whole: insidePeriod && insideData,
      cases: tally?.cases ?? 0,
      handlingN,
      handlingMean: handlingN > 0 && tally ? tally.handlingHundredths / 100 / handlingN : null,
    });
  }
  return series;
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
