import {
  bootstrapMeanInterval,
  katzRiskRatioInterval,
  quantileSorted,
  ratioOfMeansInterval,
  tIntervalOfMean,
  wilsonInterval,
} from '../intervals.js';

/** Reference values printed by reference-values.py (standard library only, independent formulas). */
const close = (actual: number, expected: number) => expect(Math.abs(actual - expected)).toBeLessThan(1e-6);

describe('wilsonInterval', () => {
  it.each([
    [0, 10, 0, 0.27753279986288915],
    [1, 10, 0.017876213095072896, 0.40415002679523837],
    [5, 10, 0.23659309051256405, 0.763406909487436],
    [10, 10, 0.7224672001371109, 1],
    // Newcombe (1998), example (81/263): 0.2553 to 0.3662.
    [81, 263, 0.2552885198782743, 0.3662095769828001],
  ])('%d of %d -> [%d, %d]', (x, n, lower, upper) => {
    const interval = wilsonInterval(x, n);
    close(interval.lower, lower);
    close(interval.upper, upper);
  });

  it('needs at least one case', () => expect(() => wilsonInterval(0, 0)).toThrow(RangeError));
});

describe('katzRiskRatioInterval', () => {
  it('12/100 against 30/100', () => {
    const result = katzRiskRatioInterval(12, 100, 30, 100);
    close(result.ratio, 0.4);
    close(result.lower, 0.21747566951393976);
    close(result.upper, 0.73571448409655);
  });

  it('adds 0.5 to every cell when one is zero', () => {
    const result = katzRiskRatioInterval(0, 50, 8, 50);
    close(result.ratio, 0.058823529411764705);
    close(result.lower, 0.003486532722558134);
    close(result.upper, 0.9924494871563772);
  });
});

describe('ratioOfMeansInterval', () => {
  it('delta method on the log scale', () => {
    const result = ratioOfMeansInterval({ mean: 4.6, sd: 1.9, n: 120 }, { mean: 9.1, sd: 3.2, n: 150 });
    close(result.ratio, 0.5054945054945055);
    close(result.logStandardError, 0.04739287617946391);
    close(result.lower, 0.4606547460847816);
    close(result.upper, 0.5546989307217652);
  });
});

describe('tIntervalOfMean', () => {
  it('a small sample: mean 12.65625, sd 2.438301150391395, n 8', () => {
    const interval = tIntervalOfMean(12.65625, 2.438301150391395, 8);
    close(interval.lower, 10.617779225039016);
    close(interval.upper, 14.694720774960984);
  });

  it('needs two values', () => expect(() => tIntervalOfMean(1, 0, 1)).toThrow(RangeError));
});

describe('quantileSorted', () => {
  it('interpolates like PostgreSQL percentile_cont', () => {
    expect(quantileSorted([1, 2, 3, 4], 0.9)).toBeCloseTo(3.7, 12);
    expect(quantileSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantileSorted([7], 0.9)).toBe(7);
  });
});

describe('bootstrapMeanInterval', () => {
  const sample = [12, 15.5, 9, 11.25, 14, 10.5, 13, 16];

  it('is reproducible for a seed and differs for another', () => {
    const first = bootstrapMeanInterval(sample, { seed: 7 });
    expect(bootstrapMeanInterval(sample, { seed: 7 })).toEqual(first);
    expect(bootstrapMeanInterval(sample, { seed: 8 })).not.toEqual(first);
  });

  it('brackets the sample mean and is narrower than the range', () => {
    const interval = bootstrapMeanInterval(sample, { seed: 1 });
    expect(interval.lower).toBeLessThan(12.65625);
    expect(interval.upper).toBeGreaterThan(12.65625);
    expect(interval.lower).toBeGreaterThan(9);
    expect(interval.upper).toBeLessThan(16);
  });
});
