/** A source of uniform numbers in [0, 1); seeded, so every draw can be reproduced. */
export interface RandomSource {
  next(): number;
}

/**
 * mulberry32 (Tommy Ettinger, public domain): 32-bit state, period 2^32, fast and good enough
 * for Monte Carlo and bootstrap resampling. Same seed, same sequence, on every platform.
 */
export function seededRandom(seed: number): RandomSource {
  let state = seed >>> 0;
  return {
    next() {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    },
  };
}

/** Normal draw by the Box–Muller transform (one of the pair is used, keeping the stream simple). */
export function sampleNormal(random: RandomSource, mean = 0, sd = 1): number {
  let u = random.next();
  while (u === 0) u = random.next();
  const v = random.next();
  return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Triangular draw by inverting its CDF. */
export function sampleTriangular(random: RandomSource, min: number, mode: number, max: number): number {
  if (max === min) return min;
  const u = random.next();
  const split = (mode - min) / (max - min);
  return u < split ? min + Math.sqrt(u * (max - min) * (mode - min)) : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
}

/** Gamma(shape, 1) draw: Marsaglia and Tsang (2000), with the shape < 1 boost. */
export function sampleGamma(random: RandomSource, shape: number): number {
  if (shape < 1) {
    let u = random.next();
    while (u === 0) u = random.next();
    return sampleGamma(random, shape + 1) * u ** (1 / shape);
  }
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
    const u = random.next();
    if (u < 1 - 0.0331 * x ** 4 || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** Beta(α, β) draw as X / (X + Y) of two gamma draws. */
export function sampleBeta(random: RandomSource, alpha: number, beta: number): number {
  const x = sampleGamma(random, alpha);
  const y = sampleGamma(random, beta);
  return x / (x + y);
}
