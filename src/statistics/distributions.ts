/**
 * Standard normal and Student t distributions in plain TypeScript, so that every interval the
 * product reports can be reproduced without a statistics package. Tails are computed directly
 * (never as 1 − something close to 1), which keeps far-tail probabilities and quantiles accurate.
 */

const LOG_SQRT_PI = 0.5723649429247001; // ln √π = ln Γ(½)
const LOG_SQRT_2PI = 0.9189385332046728; // ln √(2π)
const SQRT_2PI = 2.5066282746310002;
const EPSILON = 1e-16;
const TINY = 1e-300;
const MAX_ITERATIONS = 100_000;

/** Lanczos coefficients for g = 7, n = 9 (as tabulated by Godfrey; relative error about 1e-15). */
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 by the Lanczos approximation; used only for small arguments (< 10). */
function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const shifted = x - 1;
  let series = LANCZOS[0];
  for (let i = 1; i < LANCZOS.length; i += 1) series += LANCZOS[i] / (shifted + i);
  const base = shifted + 7.5;
  return LOG_SQRT_2PI + (shifted + 0.5) * Math.log(base) - base + Math.log(series);
}

/**
 * Remainder of Stirling's formula, ln Γ(x) − [(x − ½) ln x − x + ln √(2π)], for x ≥ 10, by its
 * asymptotic series (Bernoulli numbers B₂…B₁₄; the first omitted term is below 3e-17 at x = 10).
 */
function stirlingRemainder(x: number): number {
  const inverseSquare = 1 / (x * x);
  const series =
    1 / 12 -
    inverseSquare * (1 / 360 - inverseSquare * (1 / 1260 - inverseSquare * (1 / 1680 - inverseSquare * (1 / 1188 - inverseSquare * (691 / 360360 - inverseSquare / 156)))));
  return series / x;
}

/**
 * ln B(a, b). For large arguments the three ln Γ values are huge and nearly cancel, so the
 * Stirling parts are combined analytically first (the arrangement of R's lbeta, nmath/lbeta.c).
 */
function logBeta(a: number, b: number): number {
  const small = Math.min(a, b);
  const large = Math.max(a, b);
  const sum = small + large;
  if (small >= 10) {
    const correction = stirlingRemainder(small) + stirlingRemainder(large) - stirlingRemainder(sum);
    return -0.5 * Math.log(large) + LOG_SQRT_2PI + correction + (small - 0.5) * Math.log(small / sum) + large * Math.log1p(-small / sum);
  }
  if (large >= 10) {
    const correction = stirlingRemainder(large) - stirlingRemainder(sum);
    return logGamma(small) + correction + small - small * Math.log(sum) + (large - 0.5) * Math.log1p(-small / sum);
  }
  return logGamma(small) + logGamma(large) - logGamma(sum);
}

/**
 * Regularized incomplete beta I_x(a, b), given x and its complement y = 1 − x separately so that
 * neither loses digits when the other is close to 1. Continued fraction evaluated by the modified
 * Lentz method (Press et al., Numerical Recipes, 3rd ed., §6.4, betacf), on the side where it
 * converges fast, using I_x(a, b) = 1 − I_y(b, a).
 */
function regularizedBeta(x: number, y: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (y <= 0) return 1;
  if (x > (a + 1) / (a + b + 2)) return 1 - regularizedBeta(y, x, b, a);
  const logX = x < 0.5 ? Math.log(x) : Math.log1p(-y);
  const logY = y < 0.5 ? Math.log(y) : Math.log1p(-x);
  const prefix = Math.exp(a * logX + b * logY - logBeta(a, b)) / a;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let fraction = d;
  for (let m = 1; m <= MAX_ITERATIONS; m += 1) {
    const twoM = 2 * m;
    // Even step of the continued fraction.
    let coefficient = (m * (b - m) * x) / ((a + twoM - 1) * (a + twoM));
    d = 1 + coefficient * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + coefficient / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    fraction *= d * c;
    // Odd step.
    coefficient = (-(a + m) * (a + b + m) * x) / ((a + twoM) * (a + twoM + 1));
    d = 1 + coefficient * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + coefficient / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const change = d * c;
    fraction *= change;
    if (Math.abs(change - 1) < EPSILON) break;
  }
  return prefix * fraction;
}

/**
 * Upper tail 1 − Φ(z) for z ≥ 0, i.e. ½·Q(½, z²/2) with Q the regularized upper incomplete gamma
 * function: power series for P below z²/2 = 1.5 (where Q ≥ 0.08, so 1 − P keeps its digits), and
 * the Lentz continued fraction for Q above (Numerical Recipes, 3rd ed., §6.2, gser and gcf).
 */
function normalUpperTail(z: number): number {
  const x = (z * z) / 2;
  if (x > 800) return 0; // below the smallest double (e^{-800}); also keeps Infinity out of the fraction
  const logPrefix = 0.5 * Math.log(x) - x - LOG_SQRT_PI;
  if (x < 1.5) {
    let term = 2; // 1 / a with a = ½
    let sum = term;
    for (let n = 1; n < 1000; n += 1) {
      term *= x / (0.5 + n);
      sum += term;
      if (term < sum * EPSILON) break;
    }
    return 0.5 * (1 - sum * Math.exp(logPrefix));
  }
  let b = x + 0.5;
  let c = 1 / TINY;
  let d = 1 / b;
  let fraction = d;
  for (let i = 1; i < 1000; i += 1) {
    const coefficient = -i * (i - 0.5);
    b += 2;
    d = coefficient * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + coefficient / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const change = d * c;
    fraction *= change;
    if (Math.abs(change - 1) < EPSILON) break;
  }
  return 0.5 * Math.exp(logPrefix) * fraction;
}

/**
 * Standard normal CDF Φ(x) = ½·erfc(−x/√2), with erfc from the regularized incomplete gamma
 * function Q(½, x²/2) (Numerical Recipes, 3rd ed., §6.2). The lower tail is computed directly,
 * so Φ(−20) ≈ 2.75e-89 keeps about 14 significant digits.
 */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  return x < 0 ? normalUpperTail(-x) : 1 - normalUpperTail(x);
}

/** Acklam's rational approximation of the lower half of Φ⁻¹ (p ≤ ½), relative error below 1.15e-9. */
function acklamLowerQuantile(p: number): number {
  const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
  const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
  const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
  if (p < 0.02425) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

/**
 * Inverse standard normal CDF Φ⁻¹(p): Acklam's algorithm (P. J. Acklam, "An algorithm for
 * computing the inverse normal cumulative distribution function", 2003), refined by one Halley
 * step on normalCdf as Acklam recommends, giving full double precision. Works on the lower half
 * and mirrors (1 − p is exact for p ≥ ½), so the step always compares against a tail computed
 * without cancellation. Throws RangeError outside (0, 1).
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`probability must be in (0, 1), got ${p}`);
  if (p > 0.5) return -normalQuantile(1 - p);
  const estimate = acklamLowerQuantile(p);
  const error = normalCdf(estimate) - p;
  const scaled = error * SQRT_2PI * Math.exp((estimate * estimate) / 2); // error / density
  // exp overflows only below p ≈ 1e-322, where Acklam's estimate is already as good as it gets.
  if (!Number.isFinite(scaled)) return estimate;
  return estimate - scaled / (1 + (estimate * scaled) / 2);
}

function assertDegreesOfFreedom(degreesOfFreedom: number): void {
  if (!(degreesOfFreedom > 0)) throw new RangeError(`degrees of freedom must be positive, got ${degreesOfFreedom}`);
}

/**
 * Above this many degrees of freedom the incomplete beta is evaluated with x within 1e-5 of 1,
 * where the continued fraction loses digits to cancellation (about 1e-12 at ν = 1e6), while the
 * Cornish–Fisher expansion below is accurate to double precision (its first omitted term is
 * ~z¹¹/ν⁵). Below it the two agree to about 1e-13.
 */
const CORNISH_FISHER_DEGREES_OF_FREEDOM = 1e5;

/**
 * Cornish–Fisher expansion of the t quantile in terms of the normal one, t = w(z) (Abramowitz
 * and Stegun 26.7.5, terms up to ν⁻⁴), and its derivative dw/dz.
 */
function cornishFisher(z: number, degreesOfFreedom: number): { t: number; slope: number } {
  const z2 = z * z;
  const g1 = ((z2 + 1) * z) / 4;
  const g2 = (((5 * z2 + 16) * z2 + 3) * z) / 96;
  const g3 = ((((3 * z2 + 19) * z2 + 17) * z2 - 15) * z) / 384;
  const g4 = (((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) * z) / 92160;
  const d1 = (3 * z2 + 1) / 4;
  const d2 = ((25 * z2 + 48) * z2 + 3) / 96;
  const d3 = (((21 * z2 + 95) * z2 + 51) * z2 - 15) / 384;
  const d4 = ((((711 * z2 + 5432) * z2 + 7410) * z2 - 5760) * z2 - 945) / 92160;
  const nu = degreesOfFreedom;
  return { t: z + (g1 + (g2 + (g3 + g4 / nu) / nu) / nu) / nu, slope: 1 + (d1 + (d2 + (d3 + d4 / nu) / nu) / nu) / nu };
}

/**
 * P(T > t) for t ≥ 0, computed directly (not as 1 − CDF): ½·I_{ν/(ν+t²)}(ν/2, ½) with ν/(ν+t²) and
 * t²/(ν+t²) formed without overflow, or above the switch 1 − Φ(z) with z solving w(z) = t by Newton.
 */
function studentTUpperTail(t: number, degreesOfFreedom: number): number {
  if (degreesOfFreedom > CORNISH_FISHER_DEGREES_OF_FREEDOM) {
    // t = w(z) with w(z) ≥ z, so t ≥ 40 means z > 39.8, whose normal tail is below the smallest double.
    if (t >= 40) return 0;
    let z = t;
    for (let iteration = 0; iteration < 20; iteration += 1) {
      const { t: mapped, slope } = cornishFisher(z, degreesOfFreedom);
      const step = (mapped - t) / slope;
      z -= step;
      if (Math.abs(step) <= 1e-16 * z) break;
    }
    return normalUpperTail(z);
  }
  let x: number;
  let y: number;
  if (t * t > degreesOfFreedom) {
    const ratio = degreesOfFreedom / t / t; // not ν / t², which overflows for t > 1e154
    x = ratio / (1 + ratio);
    y = 1 / (1 + ratio);
  } else {
    const ratio = (t * t) / degreesOfFreedom;
    x = 1 / (1 + ratio);
    y = ratio / (1 + ratio);
  }
  return 0.5 * regularizedBeta(x, y, degreesOfFreedom / 2, 0.5);
}

/**
 * Student t CDF through the regularized incomplete beta function (Abramowitz and Stegun 26.7.1,
 * 26.5.27): P(T > t) = ½·I_{ν/(ν+t²)}(ν/2, ½) for t ≥ 0, symmetric below. The incomplete beta is
 * the Numerical Recipes continued fraction, with ln B(ν/2, ½) arranged as in R's lbeta. Above
 * ν = 1e5 the Cornish–Fisher expansion (A&S 26.7.5) is inverted instead: Φ(z) with w(z) = t.
 * Absolute error below 1e-12 for every ν; ν may be any positive real (RangeError otherwise).
 */
export function studentTCdf(t: number, degreesOfFreedom: number): number {
  assertDegreesOfFreedom(degreesOfFreedom);
  if (Number.isNaN(t)) return Number.NaN;
  return t < 0 ? studentTUpperTail(-t, degreesOfFreedom) : 1 - studentTUpperTail(t, degreesOfFreedom);
}

/** Density of Student's t: (1 + t²/ν)^{−(ν+1)/2} / (√ν · B(ν/2, ½)). */
function studentTDensity(t: number, degreesOfFreedom: number): number {
  const halfDf = degreesOfFreedom / 2;
  return Math.exp(-(halfDf + 0.5) * Math.log1p((t * t) / degreesOfFreedom) - 0.5 * Math.log(degreesOfFreedom) - logBeta(halfDf, 0.5));
}

/**
 * Inverse Student t CDF for any real ν > 0. Solves P(T > t) = tail for the upper tail
 * (tail = min(p, 1 − p), both exact) by Newton's method on ln P(T > t), which is nearly linear
 * in the far tail where P(T > t) decays like a power of t, safeguarded by bisection inside a
 * bracket found by doubling; P(T > t) as in studentTCdf. Above ν = 1e5 the Cornish–Fisher
 * expansion t = w(z) (Abramowitz and Stegun 26.7.5, to ν⁻⁴) is used directly. Relative error
 * about 1e-12 or better for p ≥ 1e-150 (below that, ν < 2 quantiles exceed 1e160 and t² overflows
 * inside the beta function); throws RangeError for p outside (0, 1) or ν ≤ 0.
 */
export function studentTQuantile(p: number, degreesOfFreedom: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`probability must be in (0, 1), got ${p}`);
  assertDegreesOfFreedom(degreesOfFreedom);
  if (p === 0.5) return 0;
  const tail = Math.min(p, 1 - p);
  const sign = p > 0.5 ? 1 : -1;
  if (degreesOfFreedom > CORNISH_FISHER_DEGREES_OF_FREEDOM) return sign * cornishFisher(-normalQuantile(tail), degreesOfFreedom).t;
  const logTail = Math.log(tail);
  // Bracket [low, high] with P(T > low) > tail ≥ P(T > high); the normal quantile is a lower bound.
  let low = 0;
  let high = Math.max(1, -normalQuantile(tail));
  while (studentTUpperTail(high, degreesOfFreedom) > tail) {
    low = high;
    high *= 2;
  }
  let t = low > 0 ? low : high / 2;
  for (let iteration = 0; iteration < 200; iteration += 1) {
    const upperTail = studentTUpperTail(t, degreesOfFreedom);
    if (upperTail === tail) return sign * t;
    if (upperTail > tail) low = t;
    else high = t;
    // Newton step on g(t) = ln P(T > t) − ln tail, with g'(t) = −density(t) / P(T > t).
    let next = t + ((Math.log(upperTail) - logTail) * upperTail) / studentTDensity(t, degreesOfFreedom);
    if (!(next > low && next < high)) next = (low + high) / 2;
    if (Math.abs(next - t) <= 1e-15 * t || high - low <= 1e-15 * high) return sign * next;
    t = next;
  }
  return sign * t;
}
