import { normalCdf, normalQuantile, studentTCdf, studentTQuantile } from '../distributions.js';

const close = (actual: number, expected: number) => expect(Math.abs(actual - expected)).toBeLessThan(1e-9);

describe('normal distribution', () => {
  // Python's statistics.NormalDist (Wichura AS241), printed by reference-values.py.
  it.each([
    [0.001, -3.090232306167813],
    [0.025, -1.9599639845400538],
    [0.5, 0],
    [0.9, 1.2815515655446008],
    [0.975, 1.9599639845400536],
    [0.999999, 4.753424308817089],
  ])('quantile(%d) = %d', (p, expected) => close(normalQuantile(p), expected));

  it.each([
    [-3, 0.0013498980316301035],
    [-1, 0.15865525393145707],
    [0.5, 0.6914624612740131],
    [4, 0.9999683287581669],
  ])('cdf(%d) = %d', (x, expected) => close(normalCdf(x), expected));

  it('refuses probabilities outside (0, 1)', () => {
    expect(() => normalQuantile(0)).toThrow(RangeError);
    expect(() => normalQuantile(1.2)).toThrow(RangeError);
  });
});

describe("Student's t distribution", () => {
  // Published table values (two-sided 95% and one-sided 95% critical values).
  it.each([
    [0.975, 1, 12.706204736174705],
    [0.975, 2, 4.302652729749464],
    [0.975, 5, 2.570581835636314],
    [0.975, 10, 2.228138851986274],
    [0.975, 30, 2.042272456301238],
    [0.975, 100, 1.983971518523552],
    [0.95, 4, 2.131846786326649],
  ])('quantile(%d, df=%d) = %d (table)', (p, df, expected) => close(studentTQuantile(p, df), expected));

  // Simpson integration of the density, inverted by bisection (reference-values.py).
  it.each([
    [0.975, 3, 3.1824463052837766],
    [0.975, 29, 2.045229642132755],
    [0.9, 12, 1.3562173340232118],
    [0.995, 2.5, 7.163728138947748],
  ])('quantile(%d, df=%d) = %d (numerical integration)', (p, df, expected) => close(studentTQuantile(p, df), expected));

  it.each([
    [2, 3, 0.9303370157205784],
    [-1.5, 7, 0.08864924349498216],
    [0.7, 29.5, 0.755294379265065],
  ])('cdf(%d, df=%d) = %d', (t, df, expected) => close(studentTCdf(t, df), expected));

  it('is symmetric and tends to the normal distribution', () => {
    close(studentTQuantile(0.025, 7), -studentTQuantile(0.975, 7));
    expect(Math.abs(studentTQuantile(0.975, 1e7) - normalQuantile(0.975))).toBeLessThan(1e-6);
  });
});
