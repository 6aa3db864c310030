import { normalQuantile, studentTQuantile } from './distributions.js';
import { type RandomSource, seededRandom } from './random.js';

export interface Interval {
  lower: number;
  upper: number;
}

/** Quantile of sorted values with linear interpolation between closest ranks (PostgreSQL percentile_cont, numpy default). */
export function quantileSorted(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new RangeError('no values');
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

/** Confidence interval of a mean: mean ± t_{(1+level)/2, n−1} · sd / √n. */
export function tIntervalOfMean(mean: number, sd: number, n: number, level = 0.95): Interval {
  if (n < 2) throw new RangeError('a t-interval needs at least 2 values');
  const half = (studentTQuantile((1 + level) / 2, n - 1) * sd) / Math.sqrt(n);
  return { lower: mean - half, upper: mean + half };
}

/** Wilson score interval of a proportion (Wilson 1927; recommended by Newcombe 1998). */
export function wilsonInterval(successes: number, n: number, level = 0.95): Interval {
  if (n <= 0) throw new RangeError('a proportion needs n > 0');
  const z = normalQuantile((1 + level) / 2);
  const p = successes / n;
  const denominator = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denominator;
  return { lower: Math.max(0, centre - half), upper: Math.min(1, centre + half) };
}

/**
 * Risk ratio (a/nA)/(b/nB) with the Katz log interval:
 * exp(ln RR ± z·√(1/a − 1/nA + 1/b − 1/nB)). When any cell of the 2×2 table is zero, 0.5 is
 * added to every cell (events and non-events of both groups), the usual continuity correction.
 */
export function katzRiskRatioInterval(eventsA: number, nA: number, eventsB: number, nB: number, level = 0.95): { ratio: number } & Interval {
  const cells = [eventsA, nA - eventsA, eventsB, nB - eventsB];
  const correction = cells.some((cell) => cell === 0) ? 0.5 : 0;
  const a = eventsA + correction;
  const b = eventsB + correction;
  const totalA = nA + 2 * correction;
  const totalB = nB + 2 * correction;
  const ratio = a / totalA / (b / totalB);
  const se = Math.sqrt(1 / a - 1 / totalA + 1 / b - 1 / totalB);
  const z = normalQuantile((1 + level) / 2);
  return { ratio, lower: Math.exp(Math.log(ratio) - z * se), upper: Math.exp(Math.log(ratio) + z * se) };
}

/**
 * Ratio of two means R = mean_a / mean_b with a delta-method interval on the log scale:
 * se(ln R) = √(sd_a²/(n_a·mean_a²) + sd_b²/(n_b·mean_b²)), interval exp(ln R ± z·se).
 */
export function ratioOfMeansInterval(
  a: { mean: number; sd: number; n: number },
  b: { mean: number; sd: number; n: number },
  level = 0.95,
): { ratio: number; logStandardError: number } & Interval {
  const ratio = a.mean / b.mean;
  const logStandardError = Math.sqrt((a.sd * a.sd) / (a.n * a.mean * a.mean) + (b.sd * b.sd) / (b.n * b.mean * b.mean));
  const z = normalQuantile((1 + level) / 2);
  return {
    ratio,
    logStandardError,
    lower: Math.exp(Math.log(ratio) - z * logStandardError),
    upper: Math.exp(Math.log(ratio) + z * logStandardError),
  };
}

function resampledMean(values: readonly number[], random: RandomSource): number {
  let sum = 0;
  for (let i = 0; i < values.length; i += 1) sum += values[Math.floor(random.next() * values.length)];
  return sum / values.length;
}

/** Percentile bootstrap of the mean (Efron), seeded: the same seed and values give the same interval. */
export function bootstrapMeanInterval(values: readonly number[], options: { seed: number; draws?: number; level?: number }): Interval {
  if (values.length === 0) throw new RangeError('no values');
  const draws = options.draws ?? 10_000;
  const level = options.level ?? 0.95;
  const random = seededRandom(options.seed);
  const means = Array.from({ length: draws }, () => resampledMean(values, random)).sort((x, y) => x - y);
  return { lower: quantileSorted(means, (1 - level) / 2), upper: quantileSorted(means, (1 + level) / 2) };
}
