import { linearTrend, studentTQuantile } from '../../statistics/index.js';

/** A whole month's mean of a per-case figure (handling minutes). */
export interface MonthlyMean {
  /** YYYY-MM */
  month: string;
  mean: number;
}

/** Before the pilot, the treated-minus-control gap drifted: parallel trends are doubtful. */
export interface PreTrend {
  months: number;
  /** Change per month of log(treated / control). */
  slopePerMonth: number;
  pValue: number;
  parallel: boolean;
}

export interface MonthlyDid {
  /** log of the after/before ratio of the treated process net of the control's. */
  logRatio: number;
  se: number;
  degreesOfFreedom: number;
  interval: [number, number];
  monthsBaseline: number;
  monthsAfter: number;
  /** Per-month variances of the log gap in each period (the post-hoc sample size reads them). */
  varianceBefore: number;
  varianceAfter: number;
  preTrend: PreTrend | null;
}

/** Months a monthly difference in differences needs in each period. */
export const MIN_DID_MONTHS = 3;
/** Baseline months from which the pre-pilot trend of the gap is checked. */
export const MIN_PRE_TREND_MONTHS = 4;

/** log(treated / control) of the months both measured, in month order. */
function gaps(treated: readonly MonthlyMean[], control: readonly MonthlyMean[]): number[] {
  const controlByMonth = new Map(control.map((month) => [month.month, month.mean]));
  return [...treated]
    .sort((a, b) => a.month.localeCompare(b.month))
    .flatMap((month) => {
      const other = controlByMonth.get(month.month);
      return other !== undefined && other > 0 && month.mean > 0 ? [Math.log(month.mean / other)] : [];
    });
}

/** The per-month variance of the treated-minus-control gap over the months both measured, or null below MIN_DID_MONTHS. */
export function gapVariance(treated: readonly MonthlyMean[], control: readonly MonthlyMean[]): { variance: number; months: number } | null {
  const values = gaps(treated, control);
  return values.length >= MIN_DID_MONTHS ? { variance: variance(values), months: values.length } : null;
}

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const variance = (values: readonly number[]) => {
  const centre = mean(values);
  return values.reduce((sum, value) => sum + (value - centre) ** 2, 0) / (values.length - 1);
};

/**
 * Difference in differences with months as the units (e.g. Bertrand, Duflo and Mullainathan,
 * QJE 119(1), 2004, on why case-level errors are too narrow): each month's gap
 * g = log(treated mean / control mean) absorbs shocks both processes share that month; the
 * effect is mean(g after) - mean(g before), its standard error Welch's √(s_a²/n_a + s_b²/n_b)
 * with Welch–Satterthwaite degrees of freedom, so month-level shocks the two do not share count
 * in the interval. With at least 4 baseline months the gap's trend before the pilot is tested
 * (least squares slope, two-sided at alpha): a drifting gap makes parallel trends doubtful.
 */
export function monthlyDifferenceInDifferences(
  treated: { baseline: readonly MonthlyMean[]; after: readonly MonthlyMean[] },
  control: { baseline: readonly MonthlyMean[]; after: readonly MonthlyMean[] },
  alpha: number,
): MonthlyDid | { reason: string } {
  const before = gaps(treated.baseline, control.baseline);
  const after = gaps(treated.after, control.after);
  if (before.length < MIN_DID_MONTHS || after.length < MIN_DID_MONTHS) {
    return { reason: `months measured by both processes: ${before.length} before and ${after.length} after, ${MIN_DID_MONTHS} needed in each` };
  }
  const varianceBefore = variance(before);
  const varianceAfter = variance(after);
  const a = varianceAfter / after.length;
  const b = varianceBefore / before.length;
  const se = Math.sqrt(a + b);
  const degreesOfFreedom = se > 0 ? (a + b) ** 2 / (a * a / (after.length - 1) + (b * b) / (before.length - 1)) : after.length + before.length - 2;
  const logRatio = mean(after) - mean(before);
  const t = studentTQuantile(1 - alpha / 2, degreesOfFreedom);
  let preTrend: PreTrend | null = null;
  if (before.length >= MIN_PRE_TREND_MONTHS) {
    const fit = linearTrend(before);
    preTrend = { months: before.length, slopePerMonth: fit.slope, pValue: fit.slopePValue, parallel: !(fit.slopePValue < alpha) };
  }
  return {
    logRatio,
    se,
    degreesOfFreedom,
    interval: [logRatio - t * se, logRatio + t * se],
    monthsBaseline: before.length,
    monthsAfter: after.length,
    varianceBefore,
    varianceAfter,
    preTrend,
  };
}
