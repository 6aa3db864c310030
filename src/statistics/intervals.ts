import { normalQuantile, studentTQuantile } from './distributions.js';
import { seededRandom } from './random.js';

/** A two-sided confidence interval. */
export interface Interval {
  lower: number;
  upper: number;
}

/** Tail probability of a two-sided interval: (1 − level) / 2, exact in binary for any level. */
function tailOf(level: number): number {
  if (!(level > 0 && level < 1)) throw new RangeError(`confidence level must be in (0, 1), got ${level}`);
  return (1 - level) / 2;
}

/** z_{(1+level)/2}, taken from the upper tail so that no digits are lost near 1. */
function normalCriticalValue(level: number): number {
  return -normalQuantile(tailOf(level));
}

function assertCount(name: string, count: number, total: number): void {
  if (!(count >= 0 && count <= total)) throw new RangeError(`${name} must be between 0 and ${total}, got ${count}`);
}

/**
 * Quantile of ascending values by linear interpolation between the closest ranks: position
 * (n − 1)·p, as PostgreSQL's percentile_cont, numpy's default ("linear") and Hyndman and Fan's
 * type 7 (Statistical Computing 50(4), 1996). The input must already be sorted (not checked);
 * throws RangeError for no values or p outside [0, 1].
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) throw new RangeError('a quantile needs at least one value');
  if (!(p >= 0 && p <= 1)) throw new RangeError(`p must be in [0, 1], got ${p}`);
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const fraction = position - below;
  // Without the guard, p = 1 would read past the end, and infinite values would give NaN.
  if (fraction === 0) return sorted[below];
  return sorted[below] + (sorted[below + 1] - sorted[below]) * fraction;
}

/**
 * Student t confidence interval of a mean: mean ± t_{(1+level)/2, n−1}·sd/√n (e.g. Altman,
 * Practical Statistics for Medical Research, 1991, §8.4), sd being the sample standard deviation
 * (n − 1 denominator). Throws RangeError for n < 2, a negative sd or a level outside (0, 1).
 */
export function tIntervalOfMean(mean: number, sd: number, n: number, level = 0.95): Interval {
  if (!(n >= 2)) throw new RangeError(`a t-interval needs at least 2 values, got n = ${n}`);
  if (!(sd >= 0)) throw new RangeError(`sd must be non-negative, got ${sd}`);
  const halfWidth = (-studentTQuantile(tailOf(level), n - 1) * sd) / Math.sqrt(n);
  return { lower: mean - halfWidth, upper: mean + halfWidth };
}

/**
 * Wilson score interval of a proportion (Wilson, JASA 22, 1927; method 3 of Newcombe, Statistics
 * in Medicine 17, 1998): (x + z²/2 ± z·√(x(n − x)/n + z²/4)) / (n + z²). The bounds are exactly 0
 * when x = 0 and exactly 1 when x = n. Throws RangeError for n ≤ 0 or x outside [0, n].
 */
export function wilsonInterval(successes: number, n: number, level = 0.95): Interval {
  if (!(n > 0)) throw new RangeError(`a proportion needs n > 0, got ${n}`);
  assertCount('successes', successes, n);
  const z = normalCriticalValue(level);
  const zSquared = z * z;
  const centre = (successes + zSquared / 2) / (n + zSquared);
  const halfWidth = (z * Math.sqrt((successes * (n - successes)) / n + zSquared / 4)) / (n + zSquared);
  return {
    lower: successes === 0 ? 0 : Math.max(0, centre - halfWidth),
    upper: successes === n ? 1 : Math.min(1, centre + halfWidth),
  };
}

/**
 * Risk ratio RR = (a/nA) / (b/nB) with the Katz log interval (Katz et al., Biometrics 34, 1978):
 * exp(ln RR ± z·√(1/a − 1/nA + 1/b − 1/nB)). When any cell of the 2×2 table is zero (events or
 * non-events of either group), 0.5 is added to all four cells, so each group total grows by 1, and
 * the ratio reported is the corrected one, which keeps it finite and at the centre of the interval.
 * Throws RangeError for a group size ≤ 0 or events outside [0, n].
 */
export function katzRiskRatioInterval(eventsA: number, nA: number, eventsB: number, nB: number, level = 0.95): { ratio: number } & Interval {
  if (!(nA > 0 && nB > 0)) throw new RangeError(`group sizes must be positive, got ${nA} and ${nB}`);
  assertCount('eventsA', eventsA, nA);
  assertCount('eventsB', eventsB, nB);
  const z = normalCriticalValue(level);
  const hasZeroCell = [eventsA, nA - eventsA, eventsB, nB - eventsB].includes(0);
  const cellCorrection = hasZeroCell ? 0.5 : 0;
  const a = eventsA + cellCorrection;
  const b = eventsB + cellCorrection;
  const totalA = nA + 2 * cellCorrection;
  const totalB = nB + 2 * cellCorrection;
  const logRatio = Math.log(a / totalA) - Math.log(b / totalB);
  const logStandardError = Math.sqrt(1 / a - 1 / totalA + 1 / b - 1 / totalB);
  return {
    ratio: Math.exp(logRatio),
    lower: Math.exp(logRatio - z * logStandardError),
    upper: Math.exp(logRatio + z * logStandardError),
  };
}

/** Summary of one group: mean, sample standard deviation, number of values. */
interface GroupSummary {
  mean: number;
  sd: number;
  n: number;
}

function assertGroup(name: string, group: GroupSummary): void {
  if (!(group.mean > 0)) throw new RangeError(`${name}.mean must be positive for a log-scale ratio, got ${group.mean}`);
  if (!(group.sd >= 0)) throw new RangeError(`${name}.sd must be non-negative, got ${group.sd}`);
  if (!(group.n > 0)) throw new RangeError(`${name}.n must be positive, got ${group.n}`);
}

/**
 * Ratio of two independent means R = mean_a / mean_b, delta method on the log scale (e.g.
 * Hedges, Gurevitch and Curtis, Ecology 80, 1999): se(ln R) = √(sd_a²/(n_a·mean_a²) +
 * sd_b²/(n_b·mean_b²)), interval exp(ln R ± z·se) with z the normal quantile. Both means must be
 * positive (RangeError otherwise), as must n; sd must be non-negative.
 */
export function ratioOfMeansInterval(
  a: { mean: number; sd: number; n: number },
  b: { mean: number; sd: number; n: number },
  level = 0.95,
): { ratio: number; logStandardError: number } & Interval {
  assertGroup('a', a);
  assertGroup('b', b);
  const z = normalCriticalValue(level);
  const logRatio = Math.log(a.mean) - Math.log(b.mean);
  const logStandardError = Math.sqrt((a.sd * a.sd) / (a.n * a.mean * a.mean) + (b.sd * b.sd) / (b.n * b.mean * b.mean));
  return {
    ratio: a.mean / b.mean,
    logStandardError,
    lower: Math.exp(logRatio - z * logStandardError),
    upper: Math.exp(logRatio + z * logStandardError),
  };
}

/**
 * Percentile bootstrap interval of the mean (Efron and Tibshirani, An Introduction to the
 * Bootstrap, 1993, §13.3): `draws` resamples with replacement (index ⌊u·n⌋ from seededRandom,
 * i.e. mulberry32), their means sorted, and the (1 − level)/2 and (1 + level)/2 quantiles taken
 * with quantileSorted. Deterministic: the same values, seed, draws and level always give the same
 * interval. Throws RangeError for no values, draws that are not a positive integer, or a level
 * outside (0, 1).
 */
export function bootstrapMeanInterval(values: readonly number[], options: { seed: number; draws?: number; level?: number }): Interval {
  if (values.length === 0) throw new RangeError('a bootstrap needs at least one value');
  const draws = options.draws ?? 10_000;
  const level = options.level ?? 0.95;
  if (!(Number.isInteger(draws) && draws > 0)) throw new RangeError(`draws must be a positive integer, got ${draws}`);
  tailOf(level);
  const random = seededRandom(options.seed);
  const n = values.length;
  const means: number[] = new Array<number>(draws);
  for (let draw = 0; draw < draws; draw += 1) {
    let sum = 0;
    for (let i = 0; i < n; i += 1) sum += values[Math.floor(random.next() * n)];
    means[draw] = sum / n;
  }
  means.sort((x, y) => x - y);
  return { lower: quantileSorted(means, (1 - level) / 2), upper: quantileSorted(means, (1 + level) / 2) };
}
