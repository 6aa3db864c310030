import { proportionStandardError, quantileStandardError, roundToStandardError } from '../monte-carlo.js';
import { quantileSorted } from '../intervals.js';
import { sampleNormal, seededRandom } from '../random.js';

describe('quantileStandardError', () => {
  it('matches the spread of the quantile over independent seeds', () => {
    // Normal(0, 1), 10 000 draws: the asymptotic SE of the 10th percentile is
    // sqrt(p (1 - p) / n) / phi(z_p) = 0.0300 / 0.1755 = 0.01710.
    const estimates: number[] = [];
    const reported: number[] = [];
    for (let seed = 1; seed <= 40; seed += 1) {
      const random = seededRandom(seed);
      const sorted = Float64Array.from({ length: 10_000 }, () => sampleNormal(random)).sort();
      estimates.push(quantileSorted(sorted, 0.1));
      reported.push(quantileStandardError(sorted, 0.1));
    }
    const mean = estimates.reduce((sum, value) => sum + value, 0) / estimates.length;
    const spread = Math.sqrt(estimates.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (estimates.length - 1));
    const meanReported = reported.reduce((sum, value) => sum + value, 0) / reported.length;
    expect(meanReported).toBeGreaterThan(0.0171 * 0.9);
    expect(meanReported).toBeLessThan(0.0171 * 1.1);
    // 40 seeds estimate the spread within about 11% (one sd): a factor 0.7..1.4 is far outside that.
    expect(spread / meanReported).toBeGreaterThan(0.7);
    expect(spread / meanReported).toBeLessThan(1.4);
  });

  it('says infinite when the interval reaches an infinite draw', () => {
    expect(quantileStandardError(Float64Array.from([1, 2, 3, Infinity]), 0.9)).toBe(Infinity);
  });
});

describe('proportionStandardError', () => {
  it('is the binomial standard error', () => {
    expect(proportionStandardError(0.692, 10_000)).toBeCloseTo(Math.sqrt((0.692 * 0.308) / 10_000), 15);
    expect(proportionStandardError(0, 100)).toBe(0);
  });
});

describe('roundToStandardError', () => {
  it.each([
    [18_213.47, 680, 18_200],
    [-25_213.4, 712, -25_200],
    [0.6921, 0.0046, 0.692],
    [774.36, 3.2, 774],
    [774.36, 0.21, 774.4],
    [12.5, 0, 12.5],
    [12.5, Infinity, 12.5],
  ])('%p with a standard error of %p reads %p', (value, error, expected) => {
    expect(roundToStandardError(value, error)).toBe(expected);
  });
});
