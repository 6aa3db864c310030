/** A source of uniform numbers in [0, 1); seeded, so every simulation can be reproduced. */
export interface RandomSource {
  next(): number;
}

/**
 * mulberry32 (Tommy Ettinger, 2017, public domain): 32 bits of state advanced by a Weyl sequence
 * and scrambled by multiply–xorshift, period 2^32. Small, fast and good enough for Monte Carlo and
 * bootstrap resampling (not for cryptography). The seed must be an integer; it is used modulo
 * 2^32, so the same seed gives the same sequence on every platform.
 */
export function seededRandom(seed: number): RandomSource {
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  let state = seed >>> 0;
  return {
    next(): number {
      state = (state + 0x6d2b79f5) >>> 0;
      let mixed = Math.imul(state ^ (state >>> 15), state | 1);
      mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
      return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
    },
  };
}

/**
 * Normal draw by the Box–Muller transform (Box and Muller, 1958): √(−2 ln u)·cos(2πv). Only one
 * of the pair is used, so every call consumes exactly two uniforms and streams stay easy to reason
 * about. Throws RangeError for a negative sd.
 */
export function sampleNormal(random: RandomSource, mean = 0, sd = 1): number {
  if (!(sd >= 0)) throw new RangeError(`sd must be non-negative, got ${sd}`);
  const u = 1 - random.next(); // in (0, 1], so the logarithm is finite
  const v = random.next();
  return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/**
 * Quantile of the triangular distribution (e.g. Kotz and van Dorp, "Beyond Beta", 2004, ch. 1):
 * min + √(u·(max − min)·(mode − min)) below the mode's share of the mass, else
 * max − √((1 − u)·(max − min)·(max − mode)). Needs min ≤ mode ≤ max and u in [0, 1] (RangeError otherwise).
 */
export function triangularQuantile(u: number, min: number, mode: number, max: number): number {
  if (!(min <= mode && mode <= max)) throw new RangeError(`need min <= mode <= max, got ${min}, ${mode}, ${max}`);
  if (!(u >= 0 && u <= 1)) throw new RangeError(`u must be in [0, 1], got ${u}`);
  if (max === min) return min;
  const modeShare = (mode - min) / (max - min);
  return u < modeShare ? min + Math.sqrt(u * (max - min) * (mode - min)) : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
}

/** Triangular draw by inverting its CDF (triangularQuantile of one uniform). */
export function sampleTriangular(random: RandomSource, min: number, mode: number, max: number): number {
  if (!(min <= mode && mode <= max)) throw new RangeError(`need min <= mode <= max, got ${min}, ${mode}, ${max}`);
  return triangularQuantile(random.next(), min, mode, max);
}

/**
 * Gamma(shape, 1) draw by Marsaglia and Tsang, "A simple method for generating gamma variables"
 * (ACM TOMS 26(3), 2000), including their boost for shape < 1: Gamma(a) = Gamma(a + 1)·U^{1/a}.
 */
function sampleGamma(random: RandomSource, shape: number): number {
  if (shape < 1) return sampleGamma(random, shape + 1) * (1 - random.next()) ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = sampleNormal(random);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - random.next();
    // Cheap squeeze first; the logarithmic test only when it fails.
    if (u < 1 - 0.0331 * x ** 4 || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/**
 * Beta(α, β) draw as X / (X + Y) with X ~ Gamma(α), Y ~ Gamma(β) drawn by Marsaglia and Tsang
 * (2000), the standard construction (e.g. Devroye, Non-Uniform Random Variate Generation, 1986,
 * §IX.4). Needs α, β > 0 (RangeError otherwise).
 */
export function sampleBeta(random: RandomSource, alpha: number, beta: number): number {
  if (!(alpha > 0 && beta > 0 && Number.isFinite(alpha) && Number.isFinite(beta))) {
    throw new RangeError(`alpha and beta must be positive and finite, got ${alpha}, ${beta}`);
  }
  const x = sampleGamma(random, alpha);
  const y = sampleGamma(random, beta);
  return x / (x + y);
}

/**
 * Student t draw with ν degrees of freedom as Z / √(χ²_ν / ν), χ²_ν = 2·Gamma(ν/2) (e.g. Devroye,
 * 1986, §IX.5). Needs ν > 0 (RangeError otherwise).
 */
export function sampleStudentT(random: RandomSource, degreesOfFreedom: number): number {
  if (!(degreesOfFreedom > 0 && Number.isFinite(degreesOfFreedom))) throw new RangeError(`degrees of freedom must be positive, got ${degreesOfFreedom}`);
  const z = sampleNormal(random);
  return z / Math.sqrt((2 * sampleGamma(random, degreesOfFreedom / 2)) / degreesOfFreedom);
}
