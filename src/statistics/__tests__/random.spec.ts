import { sampleBeta, sampleNormal, sampleTriangular, seededRandom } from '../random.js';

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

describe('seeded random draws', () => {
  it('repeat for the same seed', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const first = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(first);
    for (const value of first) expect(value >= 0 && value < 1).toBe(true);
    expect(seededRandom(43).next()).not.toBe(first[0]);
  });

  it('normal draws have the asked mean and sd', () => {
    const random = seededRandom(1);
    const draws = Array.from({ length: 100_000 }, () => sampleNormal(random, 10, 2));
    const m = mean(draws);
    const sd = Math.sqrt(mean(draws.map((value) => (value - m) ** 2)));
    expect(Math.abs(m - 10)).toBeLessThan(0.03);
    expect(Math.abs(sd - 2)).toBeLessThan(0.03);
  });

  it('triangular draws stay within bounds with mean (min + mode + max) / 3', () => {
    const random = seededRandom(2);
    const draws = Array.from({ length: 100_000 }, () => sampleTriangular(random, 0, 0.5, 1));
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThanOrEqual(1);
    expect(Math.abs(mean(draws) - 0.5)).toBeLessThan(0.01);
    const skewed = Array.from({ length: 100_000 }, () => sampleTriangular(random, 0.9, 1, 1.5));
    expect(Math.abs(mean(skewed) - 3.4 / 3)).toBeLessThan(0.01);
  });

  it('beta(2, 5) draws have mean 2/7', () => {
    const random = seededRandom(3);
    const draws = Array.from({ length: 100_000 }, () => sampleBeta(random, 2, 5));
    expect(Math.abs(mean(draws) - 2 / 7)).toBeLessThan(0.005);
    expect(Math.abs(mean(Array.from({ length: 100_000 }, () => sampleBeta(random, 0.5, 0.5))) - 0.5)).toBeLessThan(0.005);
  });
});
