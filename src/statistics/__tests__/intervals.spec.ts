import { bootstrapMeanInterval, katzRiskRatioInterval, quantileSorted, ratioOfMeansInterval, tIntervalOfMean, wilsonInterval } from '../intervals.js';
import { sampleNormal, seededRandom } from '../random.js';

/**
 * Unless a comment says otherwise, expected values were printed by reference-values.py in this
 * folder (standard-library Python, formulas written out independently of the code under test).
 */
function expectClose(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThan(1e-6);
}

function expectInterval(actual: { lower: number; upper: number }, lower: number, upper: number): void {
  expectClose(actual.lower, lower);
  expectClose(actual.upper, upper);
}

describe('wilsonInterval', () => {
  it.each([
    [0, 10, 0.95, 0, 0.27753279986288915],
    [1, 10, 0.95, 0.01787621309507291, 0.4041500267952384],
    [5, 10, 0.95, 0.23659309051256405, 0.763406909487436],
    [10, 10, 0.95, 0.7224672001371109, 1],
    [81, 263, 0.95, 0.25528851987827417, 0.36620957698280016],
    [81, 263, 0.99, 0.24013690268760768, 0.3852825023182299],
    [3, 7, 0.9, 0.18644319036395618, 0.7105229089864069],
  ])('%p of %p at level %p -> [%p, %p]', (successes, n, level, lower, upper) => {
    expectInterval(wilsonInterval(successes, n, level), lower, upper);
  });

  it('reproduces Newcombe (1998), example 81/263: 0.2553 to 0.3662', () => {
    const interval = wilsonInterval(81, 263);
    expect(interval.lower).toBeCloseTo(0.2553, 4);
    expect(interval.upper).toBeCloseTo(0.3662, 4);
  });

  it('has bounds exactly 0 and 1 at the extremes', () => {
    expect(wilsonInterval(0, 10).lower).toBe(0);
    expect(wilsonInterval(10, 10).upper).toBe(1);
  });

  it('refuses n = 0, impossible counts and levels', () => {
    expect(() => wilsonInterval(0, 0)).toThrow(RangeError);
    expect(() => wilsonInterval(11, 10)).toThrow(RangeError);
    expect(() => wilsonInterval(-1, 10)).toThrow(RangeError);
    expect(() => wilsonInterval(5, 10, 1)).toThrow(RangeError);
  });
});

describe('katzRiskRatioInterval', () => {
  it.each([
    [12, 100, 30, 100, 0.95, 0.4000000000000001, 0.2174756695139398, 0.7357144840965502],
    [15, 80, 9, 120, 0.9, 2.5, 1.302990480437437, 4.796658221095955],
  ])('%p/%p against %p/%p at level %p', (eventsA, nA, eventsB, nB, level, ratio, lower, upper) => {
    const result = katzRiskRatioInterval(eventsA, nA, eventsB, nB, level);
    expectClose(result.ratio, ratio);
    expectInterval(result, lower, upper);
  });

  it.each([
    // (0 + 0.5)/51 against (8 + 0.5)/51: every cell, events and non-events, gets 0.5.
    [0, 50, 8, 50, 0.058823529411764726, 0.0034865327225581354, 0.9924494871563775],
    [7, 40, 0, 35, 13.170731707317076, 0.7791942564709634, 222.62506719669534],
  ])('adds 0.5 to every cell when one is zero: %p/%p against %p/%p', (eventsA, nA, eventsB, nB, ratio, lower, upper) => {
    const result = katzRiskRatioInterval(eventsA, nA, eventsB, nB);
    expectClose(result.ratio, ratio);
    expectInterval(result, lower, upper);
  });

  it('refuses empty groups and impossible counts', () => {
    expect(() => katzRiskRatioInterval(1, 0, 1, 10)).toThrow(RangeError);
    expect(() => katzRiskRatioInterval(11, 10, 1, 10)).toThrow(RangeError);
  });
});

describe('ratioOfMeansInterval', () => {
  it.each([
    [{ mean: 4.6, sd: 1.9, n: 120 }, { mean: 9.1, sd: 3.2, n: 150 }, 0.95, 0.5054945054945055, 0.0473928761794639, 0.4606547460847816, 0.5546989307217652],
    [{ mean: 30, sd: 12, n: 25 }, { mean: 42, sd: 15, n: 30 }, 0.99, 0.7142857142857143, 0.10320707669666895, 0.5475420321926466, 0.9318080651991725],
  ])('%o over %o at level %p', (a, b, level, ratio, logStandardError, lower, upper) => {
    const result = ratioOfMeansInterval(a, b, level);
    expectClose(result.ratio, ratio);
    expectClose(result.logStandardError, logStandardError);
    expectInterval(result, lower, upper);
  });

  it('refuses non-positive means', () => {
    expect(() => ratioOfMeansInterval({ mean: 0, sd: 1, n: 5 }, { mean: 2, sd: 1, n: 5 })).toThrow(RangeError);
    expect(() => ratioOfMeansInterval({ mean: 1, sd: 1, n: 5 }, { mean: -2, sd: 1, n: 5 })).toThrow(RangeError);
  });
});

describe('tIntervalOfMean', () => {
  // The sample 4, 7, 5, 9, 5 by hand: mean 30/5 = 6; deviations −2, 1, −1, 3, −1; squares sum to
  // 16; variance 16/4 = 4; sd 2; n = 5, so 4 degrees of freedom.
  it('95% for the sample 4, 7, 5, 9, 5 (mean 6, sd 2)', () => {
    expectInterval(tIntervalOfMean(6, 2, 5), 3.516672003592472, 8.483327996407528);
  });

  it('90% for the same sample, from the published t_0.95,4 = 2.131846786326649', () => {
    const halfWidth = (2.131846786326649 * 2) / Math.sqrt(5);
    expectInterval(tIntervalOfMean(6, 2, 5, 0.9), 6 - halfWidth, 6 + halfWidth);
    expectInterval(tIntervalOfMean(6, 2, 5, 0.9), 4.093218267263657, 7.906781732736343);
  });

  it('95% for mean 41.2, sd 3.5, n 25', () => {
    expectInterval(tIntervalOfMean(41.2, 3.5, 25), 39.75527100686038, 42.64472899313962);
  });

  it('collapses to the mean when sd is 0', () => {
    expect(tIntervalOfMean(3, 0, 10)).toEqual({ lower: 3, upper: 3 });
  });

  it('refuses n < 2, a negative sd and impossible levels', () => {
    expect(() => tIntervalOfMean(1, 0, 1)).toThrow(RangeError);
    expect(() => tIntervalOfMean(1, -1, 5)).toThrow(RangeError);
    expect(() => tIntervalOfMean(1, 1, 5, 0)).toThrow(RangeError);
  });
});

describe('quantileSorted', () => {
  it('interpolates like PostgreSQL percentile_cont: [1, 2, 3, 4] at 0.9 is 3 + 0.7·(4 − 3) = 3.7', () => {
    expectClose(quantileSorted([1, 2, 3, 4], 0.9), 3.7);
  });

  it('matches statistics.quantiles(method="inclusive") (numpy default)', () => {
    [1.75, 2.5, 3.25].forEach((expected, index) => expectClose(quantileSorted([1, 2, 3, 4], (index + 1) / 4), expected));
    const sorted = [1.25, 2, 3.5, 4.75, 6, 7.5, 9];
    [1.7, 2.3, 3.2, 4.0, 4.75, 5.5, 6.3, 7.2, 8.1].forEach((expected, index) => expectClose(quantileSorted(sorted, (index + 1) / 10), expected));
  });

  it('returns the extremes at p = 0 and 1 and the only value of a single-value list', () => {
    expect(quantileSorted([2, 5, 9], 0)).toBe(2);
    expect(quantileSorted([2, 5, 9], 1)).toBe(9);
    expect(quantileSorted([7], 0.9)).toBe(7);
  });

  it('refuses an empty list and p outside [0, 1]', () => {
    expect(() => quantileSorted([], 0.5)).toThrow(RangeError);
    expect(() => quantileSorted([1, 2], 1.5)).toThrow(RangeError);
  });
});

describe('bootstrapMeanInterval', () => {
  const sample = [10.2, 11.8, 9.1, 12.4, 10.9, 13.3, 8.7, 11.1, 10.4, 12.0, 9.8, 11.6];
  const sampleMean = 10.941666666666668;

  // reference-values.py reimplements the documented procedure (mulberry32, index ⌊u·n⌋,
  // percentile_cont of the sorted resampled means) from the published generator.
  it('matches an independent reimplementation of the documented procedure', () => {
    expectInterval(bootstrapMeanInterval(sample, { seed: 2024 }), 10.216666666666667, 11.674999999999999);
    expectInterval(bootstrapMeanInterval(sample, { seed: 7, draws: 2000, level: 0.9 }), 10.308333333333335, 11.558333333333332);
  });

  it('is reproducible for a seed and differs for another', () => {
    const first = bootstrapMeanInterval(sample, { seed: 7 });
    expect(bootstrapMeanInterval(sample, { seed: 7 })).toEqual(first);
    expect(bootstrapMeanInterval(sample, { seed: 8 })).not.toEqual(first);
  });

  it('contains the sample mean and is narrower than the range of the values', () => {
    const interval = bootstrapMeanInterval(sample, { seed: 1 });
    expect(interval.lower).toBeLessThan(sampleMean);
    expect(interval.upper).toBeGreaterThan(sampleMean);
    expect(interval.lower).toBeGreaterThan(8.7);
    expect(interval.upper).toBeLessThan(13.3);
  });

  it('for a normal sample, contains its mean and is about as wide as the t-interval', () => {
    const random = seededRandom(11);
    const values = Array.from({ length: 200 }, () => sampleNormal(random, 50, 8));
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    const sd = Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1));
    const bootstrap = bootstrapMeanInterval(values, { seed: 3 });
    const t = tIntervalOfMean(mean, sd, values.length);
    expect(bootstrap.lower).toBeLessThan(mean);
    expect(bootstrap.upper).toBeGreaterThan(mean);
    const widthRatio = (bootstrap.upper - bootstrap.lower) / (t.upper - t.lower);
    expect(widthRatio).toBeGreaterThan(0.9);
    expect(widthRatio).toBeLessThan(1.05);
  });

  it('refuses no values, bad draw counts and impossible levels', () => {
    expect(() => bootstrapMeanInterval([], { seed: 1 })).toThrow(RangeError);
    expect(() => bootstrapMeanInterval(sample, { seed: 1, draws: 0 })).toThrow(RangeError);
    expect(() => bootstrapMeanInterval(sample, { seed: 1, draws: 1.5 })).toThrow(RangeError);
    expect(() => bootstrapMeanInterval(sample, { seed: 1, level: 1 })).toThrow(RangeError);
  });
});
