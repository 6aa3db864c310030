import { type RandomSource, sampleBeta, sampleNormal, sampleStudentT, sampleTriangular, seededRandom, triangularQuantile } from '../random.js';

const DRAWS = 100_000;

function draw(count: number, sample: () => number): number[] {
  return Array.from({ length: count }, sample);
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

function variance(values: readonly number[]): number {
  const centre = mean(values);
  return values.reduce((sum, value) => sum + (value - centre) ** 2, 0) / (values.length - 1);
}

/** Loops instead of Math.min(...values): spreading 100 000 arguments can overflow the stack. */
function extremes(values: readonly number[]): { min: number; max: number } {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const value of values) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return { min, max };
}

describe('seededRandom', () => {
  // Printed by reference-values.py, which implements mulberry32 from its published definition.
  it('is mulberry32', () => {
    const fromSeed42 = seededRandom(42);
    for (const expected of [0.6011037519201636, 0.44829055899754167, 0.8524657934904099, 0.6697340414393693, 0.17481389874592423]) {
      expect(fromSeed42.next()).toBe(expected);
    }
    const fromSeed0 = seededRandom(0);
    for (const expected of [0.26642920868471265, 0.0003297457005828619, 0.2232720274478197]) expect(fromSeed0.next()).toBe(expected);
  });

  it('repeats its sequence for the same seed, differs for another, and stays in [0, 1)', () => {
    const first = seededRandom(123);
    const second = seededRandom(123);
    const sequence = draw(1000, () => first.next());
    expect(draw(1000, () => second.next())).toEqual(sequence);
    expect(draw(1000, () => seededRandom(124).next())).not.toEqual(sequence);
    const { min, max } = extremes(sequence);
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
  });

  it('uses the seed modulo 2^32 and refuses non-integers', () => {
    expect(seededRandom(-1).next()).toBe(seededRandom(2 ** 32 - 1).next());
    expect(() => seededRandom(1.5)).toThrow(RangeError);
    expect(() => seededRandom(Number.NaN)).toThrow(RangeError);
  });
});

describe('sampleNormal', () => {
  it('has the asked mean and sd', () => {
    const random = seededRandom(1);
    const values = draw(DRAWS, () => sampleNormal(random, 10, 2));
    // Standard errors: 2/√100 000 ≈ 0.006 for the mean, about 0.0045 for the sd.
    expect(Math.abs(mean(values) - 10)).toBeLessThan(0.03);
    expect(Math.abs(Math.sqrt(variance(values)) - 2)).toBeLessThan(0.03);
  });

  it('defaults to the standard normal and refuses a negative sd', () => {
    const random = seededRandom(2);
    expect(Math.abs(mean(draw(DRAWS, () => sampleNormal(random))))).toBeLessThan(0.015);
    expect(() => sampleNormal(random, 0, -1)).toThrow(RangeError);
  });
});

describe('sampleTriangular', () => {
  it('stays within [min, max] with mean (min + mode + max) / 3 for (0, 0.5, 1)', () => {
    const random = seededRandom(2);
    const values = draw(DRAWS, () => sampleTriangular(random, 0, 0.5, 1));
    const { min, max } = extremes(values);
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThanOrEqual(1);
    // Standard error of the mean: √(1/24)/√100 000 ≈ 0.0006.
    expect(Math.abs(mean(values) - 0.5)).toBeLessThan(0.01);
  });

  it('handles a skewed shape, a mode at an end, and min = max', () => {
    const random = seededRandom(3);
    const skewed = draw(DRAWS, () => sampleTriangular(random, 0.9, 1, 1.5));
    expect(Math.abs(mean(skewed) - 3.4 / 3)).toBeLessThan(0.01);
    const { min, max } = extremes(skewed);
    expect(min).toBeGreaterThanOrEqual(0.9);
    expect(max).toBeLessThanOrEqual(1.5);
    expect(Math.abs(mean(draw(DRAWS, () => sampleTriangular(random, 2, 2, 5))) - 3)).toBeLessThan(0.01);
    expect(sampleTriangular(random, 4, 4, 4)).toBe(4);
  });

  it('refuses a mode outside [min, max]', () => {
    const random = seededRandom(4);
    expect(() => sampleTriangular(random, 0, 2, 1)).toThrow(RangeError);
    expect(() => sampleTriangular(random, 1, 0.5, 0)).toThrow(RangeError);
  });
});

describe('sampleBeta', () => {
  it('Beta(2, 5) has mean 2/7 and variance αβ/((α+β)²(α+β+1)) = 10/392', () => {
    const random = seededRandom(3);
    const values = draw(DRAWS, () => sampleBeta(random, 2, 5));
    // Standard error of the mean: √(10/392)/√100 000 ≈ 0.0005.
    expect(Math.abs(mean(values) - 2 / 7)).toBeLessThan(0.005);
    expect(Math.abs(variance(values) - 10 / 392)).toBeLessThan(0.001);
    const { min, max } = extremes(values);
    expect(min).toBeGreaterThan(0);
    expect(max).toBeLessThan(1);
  });

  it('Beta(0.5, 0.5) (shapes below 1, Marsaglia–Tsang boost) has mean 1/2 and variance 1/8', () => {
    const random = seededRandom(5);
    const values = draw(DRAWS, () => sampleBeta(random, 0.5, 0.5));
    expect(Math.abs(mean(values) - 0.5)).toBeLessThan(0.005);
    expect(Math.abs(variance(values) - 0.125)).toBeLessThan(0.002);
  });

  it('is reproducible from the seed and refuses non-positive shapes', () => {
    const sequence = (random: RandomSource) => draw(10, () => sampleBeta(random, 3, 1.5));
    expect(sequence(seededRandom(9))).toEqual(sequence(seededRandom(9)));
    expect(() => sampleBeta(seededRandom(1), 0, 1)).toThrow(RangeError);
    expect(() => sampleBeta(seededRandom(1), 1, Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('triangularQuantile', () => {
  it('inverts the triangular CDF at its ends and mode', () => {
    expect(triangularQuantile(0, 0.9, 1, 1.5)).toBe(0.9);
    expect(triangularQuantile(1, 0.9, 1, 1.5)).toBe(1.5);
    // F(mode) = (mode - min) / (max - min) = 1/6
    expect(triangularQuantile(1 / 6, 0.9, 1, 1.5)).toBeCloseTo(1, 12);
    expect(() => triangularQuantile(1.2, 0, 0.5, 1)).toThrow(RangeError);
  });
});

describe('sampleStudentT', () => {
  it('has the variance df / (df - 2)', () => {
    const random = seededRandom(7);
    const values = draw(DRAWS, () => sampleStudentT(random, 5));
    const m = mean(values);
    const variance = values.reduce((sum, value) => sum + (value - m) ** 2, 0) / (values.length - 1);
    expect(Math.abs(m)).toBeLessThan(0.03);
    expect(variance).toBeGreaterThan(5 / 3 - 0.1);
    expect(variance).toBeLessThan(5 / 3 + 0.1);
    expect(() => sampleStudentT(random, 0)).toThrow(RangeError);
  });
});
