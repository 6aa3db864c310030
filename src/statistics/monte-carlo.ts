import { normalQuantile } from './distributions.js';

/**
 * Monte Carlo standard error of the p-quantile of n sorted draws, without assuming a shape:
 * the number of draws below the true quantile is Binomial(n, p), so the order statistics
 * x_(np ∓ z√(np(1 − p))) bound it with probability about 95% (e.g. Conover, Practical
 * Nonparametric Statistics, 3rd ed., 1999, §3.2); half that interval's width over z is the
 * standard error. Ranks are clamped to the draws; RangeError for no draws or p outside [0, 1].
 */
export function quantileStandardError(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) throw new RangeError('a standard error needs at least one draw');
  if (!(p >= 0 && p <= 1)) throw new RangeError(`p must be in [0, 1], got ${p}`);
  const z = normalQuantile(0.975);
  const halfWidth = z * Math.sqrt(n * p * (1 - p));
  // 1-based ranks ⌊np − h⌋ and ⌈np + h⌉, as 0-based indices.
  const lower = Math.min(n - 1, Math.max(0, Math.floor(n * p - halfWidth) - 1));
  const upper = Math.min(n - 1, Math.max(0, Math.ceil(n * p + halfWidth) - 1));
  const width = sorted[upper] - sorted[lower];
  return Number.isFinite(width) ? width / (2 * z) : Number.POSITIVE_INFINITY;
}

/** Standard error of a share estimated from n independent draws: √(p(1 − p)/n). */
export function proportionStandardError(share: number, n: number): number {
  if (!(n > 0)) throw new RangeError(`a proportion needs n > 0, got ${n}`);
  if (!(share >= 0 && share <= 1)) throw new RangeError(`a share must be in [0, 1], got ${share}`);
  return Math.sqrt((share * (1 - share)) / n);
}

/**
 * A value rounded to the decimal place of its standard error's first significant digit (the
 * usual rule for reporting a simulated figure: digits below it change from seed to seed):
 * 18 213.47 with a standard error of 680 is 18 200; 0.6921 with 0.0046 is 0.692. A standard
 * error of 0 (a figure that does not vary) or not finite leaves the value as it is.
 */
export function roundToStandardError(value: number, standardError: number): number {
  if (!(standardError > 0) || !Number.isFinite(standardError) || !Number.isFinite(value)) return value;
  const exponent = Math.floor(Math.log10(standardError));
  const step = 10 ** exponent;
  const rounded = Math.sign(value) * Math.round(Math.abs(value) / step) * step;
  // toFixed removes the binary residue of the multiplication (0.692 rather than 0.6920000000000001).
  return exponent < 0 ? Number(rounded.toFixed(-exponent)) : rounded + 0;
}
