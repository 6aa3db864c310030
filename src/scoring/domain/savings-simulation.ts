import { type RandomSource, sampleBeta, sampleNormal, sampleTriangular, seededRandom } from '../../statistics/index.js';
import { annuityFactor, type SavingsInputs } from './savings-model.js';

export const DEFAULT_DRAWS = 10_000;
export const DEFAULT_SEED = 20260101;
export const MAX_DRAWS = 100_000;

/** How uncertain one input is. */
export type InputUncertainty =
  /** A measured mean: normal with its standard error, draws below zero cut to zero. */
  | { kind: 'NORMAL'; standardError: number }
  /** The owner's estimate: triangular from (1 - spread) to (1 + spread) times the value. */
  | { kind: 'TRIANGULAR'; spread: number }
  /** A measured share: Beta(x + 1, n - x + 1), the posterior under a uniform prior. */
  | { kind: 'BETA'; successes: number; trials: number }
  | { kind: 'FIXED' };

export interface SavingsUncertainty {
  annualVolume: InputUncertainty;
  handlingMinutes: InputUncertainty;
  errorRate: InputUncertainty;
  exceptionRate: InputUncertainty;
}

export interface SimulationOptions {
  seed: number;
  draws: number;
}

export interface Range {
  p10: number;
  p50: number;
  p90: number;
}

export interface SimulationSummary {
  seed: number;
  draws: number;
  hoursSaved: Range;
  netAnnualBenefit: Range;
  npv: Range;
  /** Null when the baseline annual cost is zero in some draw (nothing to compare with). */
  relativeCostChange: Range | null;
  probabilityPositiveNpv: number;
}

/** Per-draw values, kept when the caller needs to add processes together (a portfolio). */
export interface SimulationDraws {
  hoursSaved: Float64Array;
  netAnnualBenefit: Float64Array;
  npv: Float64Array;
}

export function validateSimulationOptions(options: SimulationOptions): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(options.seed) || options.seed < 0 || options.seed > 0xffffffff) {
    problems.push('seed must be a whole number between 0 and 4294967295');
  }
  if (!Number.isInteger(options.draws) || options.draws < 100 || options.draws > MAX_DRAWS) {
    problems.push(`draws must be a whole number between 100 and ${MAX_DRAWS}`);
  }
  return problems;
}

/** Linear-interpolation quantile (type 7, as percentile_cont) of an ascending typed array. */
export function quantileOfSorted(sorted: Float64Array, p: number): number {
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const fraction = position - below;
  return fraction === 0 ? sorted[below] : sorted[below] + (sorted[below + 1] - sorted[below]) * fraction;
}

export function rangeOf(values: Float64Array): Range {
  const sorted = Float64Array.from(values).sort();
  return { p10: quantileOfSorted(sorted, 0.1), p50: quantileOfSorted(sorted, 0.5), p90: quantileOfSorted(sorted, 0.9) };
}

function draw(random: RandomSource, value: number, uncertainty: InputUncertainty, upperBound = Number.POSITIVE_INFINITY): number {
  switch (uncertainty.kind) {
    case 'NORMAL':
      return Math.min(upperBound, Math.max(0, sampleNormal(random, value, uncertainty.standardError)));
    case 'TRIANGULAR':
      return Math.min(upperBound, sampleTriangular(random, value * (1 - uncertainty.spread), value, value * (1 + uncertainty.spread)));
    case 'BETA':
      return sampleBeta(random, uncertainty.successes + 1, uncertainty.trials - uncertainty.successes + 1);
    case 'FIXED':
      return value;
  }
}

/**
 * Seeded Monte Carlo over the savings model (methodology section 4). Per draw: V, h, p and e
 * from their uncertainties, a ~ triangular(0.8a, a, min(1, 1.2a)), I ~ triangular(0.9I, I, 1.5I)
 * (overruns are the norm); every other input fixed. The draws of one input never depend on
 * another's, and the order of draws is fixed, so the same seed and inputs give the same numbers.
 */
export function simulateSavings(
  inputs: SavingsInputs,
  uncertainty: SavingsUncertainty,
  options: SimulationOptions,
  keepDraws = false,
): { summary: SimulationSummary; draws?: SimulationDraws } {
  const problems = validateSimulationOptions(options);
  if (problems.length > 0) throw new RangeError(problems.join('; '));
  const random = seededRandom(options.seed);
  const n = options.draws;
  const hours = new Float64Array(n);
  const benefit = new Float64Array(n);
  const npv = new Float64Array(n);
  const costChange = new Float64Array(n);
  let costChangeDefined = true;
  let positive = 0;
  const annuity = annuityFactor(inputs.horizonYears, inputs.discountRate);
  const a0 = inputs.automatableShare;
  const I0 = inputs.implementationCost;
  for (let i = 0; i < n; i += 1) {
    const V = draw(random, inputs.annualVolume, uncertainty.annualVolume);
    const h = draw(random, inputs.handlingMinutes, uncertainty.handlingMinutes);
    const p = draw(random, inputs.errorRate, uncertainty.errorRate, 1);
    const e = draw(random, inputs.exceptionRate, uncertainty.exceptionRate, 1);
    const a = sampleTriangular(random, 0.8 * a0, a0, Math.min(1, 1.2 * a0));
    const I = sampleTriangular(random, 0.9 * I0, I0, 1.5 * I0);
    const Va = V * (1 - e);
    const H = (Va * (h * a - inputs.supervisionMinutes)) / 60;
    const botHours = (Va * h * a * inputs.botSpeedFactor) / 60;
    const bots = botHours > 0 ? Math.ceil(botHours / inputs.botCapacityHours) : 0;
    const errorSavings = Va * p * a * inputs.costPerError;
    const running = bots * inputs.botLicensePerYear + inputs.maintenanceShare * I;
    const B = H * inputs.hourlyLabourCost + errorSavings - running;
    const netInvestment = I - inputs.grant;
    const value = -netInvestment + B * annuity;
    hours[i] = H;
    benefit[i] = B;
    npv[i] = value;
    if (value > 0) positive += 1;
    const C = V * ((h / 60) * inputs.hourlyLabourCost + p * inputs.costPerError);
    if (C > 0) costChange[i] = (running + netInvestment / inputs.horizonYears - H * inputs.hourlyLabourCost - errorSavings) / C;
    else costChangeDefined = false;
  }
  const summary: SimulationSummary = {
    seed: options.seed,
    draws: n,
    hoursSaved: rangeOf(hours),
    netAnnualBenefit: rangeOf(benefit),
    npv: rangeOf(npv),
    relativeCostChange: costChangeDefined ? rangeOf(costChange) : null,
    probabilityPositiveNpv: positive / n,
  };
  return keepDraws ? { summary, draws: { hoursSaved: hours, netAnnualBenefit: benefit, npv } } : { summary };
}

/** A seed per process from the organization's seed, so processes' draws are independent. */
export function processSeed(seed: number, processId: string): number {
  // FNV-1a over the id, mixed with the seed: stable across platforms and releases.
  let hash = 0x811c9dc5 ^ seed;
  for (let i = 0; i < processId.length; i += 1) {
    hash ^= processId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
