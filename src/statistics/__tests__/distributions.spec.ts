import { normalCdf, normalQuantile, studentTCdf, studentTQuantile } from '../distributions.js';

/** |actual − expected| ≤ tolerance · max(1, |expected|): absolute near 0, relative for large quantiles. */
function expectClose(actual: number, expected: number, tolerance: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(expected)));
}

function expectRelativelyClose(actual: number, expected: number, relativeTolerance: number): void {
  expect(Math.abs(actual / expected - 1)).toBeLessThanOrEqual(relativeTolerance);
}

describe('normalQuantile', () => {
  it('matches the published z_0.975 = 1.959963984540054', () => {
    expectClose(normalQuantile(0.975), 1.959963984540054, 1e-12);
  });

  // Printed by reference-values.py: statistics.NormalDist().inv_cdf (Wichura's AS241).
  it.each([
    [1e-300, -37.0470962993612],
    [1e-100, -21.27345356096532],
    [1e-15, -7.941345326170995],
    [1e-10, -6.361340902404056],
    [0.001, -3.090232306167813],
    [0.025, -1.9599639845400538],
    [0.3, -0.5244005127080407],
    [0.5, 0],
    [0.9, 1.2815515655446008],
    [0.975, 1.9599639845400536],
    [0.999999, 4.753424308817089],
    [1 - 1e-12, 7.0344869100478356],
  ])('Φ⁻¹(%p) = %p (AS241)', (p, expected) => {
    expectClose(normalQuantile(p), expected, 1e-9);
  });

  it('refuses probabilities outside (0, 1)', () => {
    for (const p of [0, 1, -0.1, 1.2, Number.NaN]) expect(() => normalQuantile(p)).toThrow(RangeError);
  });
});

describe('normalCdf', () => {
  // Printed by reference-values.py: 0.5 * math.erfc(-x / sqrt(2)).
  it.each([
    [-3, 0.0013498980316300957],
    [-1, 0.15865525393145707],
    [0, 0.5],
    [0.5, 0.6914624612740131],
    [1.959963984540054, 0.975],
    [4, 0.9999683287581669],
    [9, 1],
  ])('Φ(%p) = %p (erfc)', (x, expected) => {
    expectClose(normalCdf(x), expected, 1e-12);
  });

  // The lower tail is computed directly, so it keeps its relative precision far out.
  it.each([
    [-37.5, 4.605353009582584e-308],
    [-20, 2.7536241186063314e-89],
    [-8, 6.220960574271819e-16],
  ])('Φ(%p) = %p to 1e-12 relative', (x, expected) => {
    expectRelativelyClose(normalCdf(x), expected, 1e-12);
  });

  it('is the inverse of normalQuantile and handles infinities', () => {
    for (const p of [1e-200, 1e-8, 0.2, 0.5, 0.8, 0.999]) expectRelativelyClose(normalCdf(normalQuantile(p)), p, 1e-13);
    expect(normalCdf(Number.NEGATIVE_INFINITY)).toBe(0);
    expect(normalCdf(Number.POSITIVE_INFINITY)).toBe(1);
    expect(normalCdf(Number.NaN)).toBeNaN();
  });
});

describe('studentTQuantile', () => {
  // Published table values (two-sided 95% and one-sided 95% critical values).
  it.each([
    [0.975, 1, 12.706204736174705],
    [0.975, 2, 4.302652729749464],
    [0.975, 5, 2.570581835636314],
    [0.975, 10, 2.228138851986274],
    [0.975, 30, 2.042272456301238],
    [0.975, 100, 1.983971518523552],
    [0.95, 4, 2.131846786326649],
  ])('t(%p, df %p) = %p (published table)', (p, degreesOfFreedom, expected) => {
    expectClose(studentTQuantile(p, degreesOfFreedom), expected, 1e-9);
  });

  // Printed by reference-values.py: integer df by the exact sums of Abramowitz and Stegun 26.7.3/4
  // in 40-digit decimal arithmetic, other df by Simpson integration; both inverted by Newton.
  it.each([
    [0.975, 3, 3.1824463052837086],
    [0.975, 7, 2.364624251592785],
    [0.975, 29, 2.045229642132704],
    [0.9, 12, 1.3562173340232055],
    [0.9995, 1, 636.6192487687897],
    [0.9995, 2, 31.599054576445365],
    [0.9995, 6, 5.958816178818885],
    [0.999999, 3, 103.29946777942897],
    [0.025, 15, -2.1314495455597755],
    [1e-10, 50, -7.948243747646222],
    [0.995, 1000, 2.5807546980659506],
    [0.975, 100000, 1.9599877075346093],
    [0.9995, 200000, 3.290575380798574],
    [0.975, 1000000, 1.9599663568141066],
    [0.995, 2.5, 7.163728138948695],
    [0.975, 1.5, 6.016663104427888],
    [0.9, 12.3, 1.3542946376388447],
    [0.99, 7.25, 2.969370287922341],
  ])('t(%p, df %p) = %p (reference-values.py)', (p, degreesOfFreedom, expected) => {
    expectClose(studentTQuantile(p, degreesOfFreedom), expected, 1e-9);
  });

  it('is antisymmetric, 0 at the median, and tends to the normal quantile', () => {
    // 0.0625 and 0.9375 are exact complements in binary (0.025 and 0.975 are not).
    expect(studentTQuantile(0.0625, 7)).toBe(-studentTQuantile(0.9375, 7));
    expect(studentTQuantile(0.0625, 2e5)).toBe(-studentTQuantile(0.9375, 2e5));
    expect(studentTQuantile(0.5, 3)).toBe(0);
    // t − z ≈ (z³ + z) / (4ν) for large ν (Abramowitz and Stegun 26.7.5).
    const z = 1.959963984540054;
    expectClose(studentTQuantile(0.975, 1e9) - z, (z ** 3 + z) / 4e9, 1e-14);
    expectClose(studentTQuantile(0.975, Number.POSITIVE_INFINITY), z, 1e-12);
  });

  it('reaches far tails: Cauchy (df 1) quantile is tan(π(p − ½))', () => {
    expectRelativelyClose(studentTQuantile(1e-12, 1), -1 / Math.tan(Math.PI * 1e-12), 1e-12);
    expectRelativelyClose(studentTQuantile(1e-150, 1), -1 / Math.tan(Math.PI * 1e-150), 1e-12);
  });

  it('refuses probabilities outside (0, 1) and non-positive degrees of freedom', () => {
    expect(() => studentTQuantile(0, 5)).toThrow(RangeError);
    expect(() => studentTQuantile(1, 5)).toThrow(RangeError);
    expect(() => studentTQuantile(0.9, 0)).toThrow(RangeError);
    expect(() => studentTQuantile(0.9, Number.NaN)).toThrow(RangeError);
  });
});

describe('studentTCdf', () => {
  // Printed by reference-values.py (exact sums for integer df, Simpson for the others).
  it.each([
    [2, 3, 0.9303370157205784],
    [-1.5, 7, 0.08864924349498501],
    [12, 1, 0.9735353239404101],
    [-40, 2, 0.0003122073360923703],
    [3.5, 1000, 0.9997571128270161],
    [1.96, 200000, 0.9750014116286437],
    [-2.5, 1000000, 0.006209744751081623],
    [0.7, 29.5, 0.7552943792650708],
    [-2, 1.5, 0.11209416517802528],
    [5, 3.7, 0.9954180161775537],
  ])('F(%p; df %p) = %p (reference-values.py)', (t, degreesOfFreedom, expected) => {
    expectClose(studentTCdf(t, degreesOfFreedom), expected, 1e-12);
  });

  it('is the inverse of studentTQuantile on both sides of the large-df switch', () => {
    for (const degreesOfFreedom of [1, 2.5, 30, 99_999, 100_001, 1e9]) {
      for (const p of [1e-9, 0.05, 0.7, 0.999]) expectRelativelyClose(studentTCdf(studentTQuantile(p, degreesOfFreedom), degreesOfFreedom), p, 1e-11);
    }
  });

  it('handles infinite and huge arguments', () => {
    expect(studentTCdf(Number.POSITIVE_INFINITY, 4)).toBe(1);
    expect(studentTCdf(Number.NEGATIVE_INFINITY, 4)).toBe(0);
    expect(studentTCdf(1e200, 1)).toBe(1);
    expect(studentTCdf(-1e200, 1e7)).toBe(0);
    expect(studentTCdf(0, 3)).toBe(0.5);
    expect(() => studentTCdf(1, -2)).toThrow(RangeError);
  });
});
