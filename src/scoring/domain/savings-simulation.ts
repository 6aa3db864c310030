import {
  normalCdf,
  proportionStandardError,
  quantileSorted,
  quantileStandardError,
  type RandomSource,
  sampleBeta,
  sampleNormal,
  sampleStudentT,
  sampleTriangular,
  seededRandom,
  triangularQuantile,
} from '../../statistics/index.js';
import { annuityFactor, notCandidateReason, paybackMonthsOf, relativeCostChangeOf, type SavingsInputs } from './savings-model.js';

export const DEFAULT_DRAWS = 10_000;
export const DEFAULT_SEED = 20260101;
export const MAX_DRAWS = 100_000;

/** How uncertain one input is. */
export type InputUncertainty =
  /** A measured mean: normal with its standard error, draws below zero cut to zero. */
  | { kind: 'NORMAL'; standardError: number }
  /** A forecast from monthly figures: value + standardError x Student t(degreesOfFreedom), cut at zero. */
  | { kind: 'FORECAST'; standardError: number; degreesOfFreedom: number }
  /** The owner's estimate: triangular from (1 - spread) to (1 + spread) times the value. */
  | { kind: 'TRIANGULAR'; spread: number }
  /** A measured share: Beta(x + 1, n - x + 1), the posterior under a uniform prior. */
  | { kind: 'BETA'; successes: number; trials: number }
  | { kind: 'FIXED' };

export interface SavingsUncertainty {
  annualVolume: InputUncertainty;
  handlingMinutes: InputUncertainty;
  errorRate: InputUncertainty;
  /** The owner's judgement: drawn through the copula with a, so triangular or fixed. */
  exceptionRate: Extract<InputUncertainty, { kind: 'TRIANGULAR' } | { kind: 'FIXED' }>;
}

export interface SimulationOptions {
  /** The process's own stream (processSeed of the organization's seed). */
  seed: number;
  /** The organization's seed: the stream of the risks its projects share (drawSharedRisks). */
  sharedSeed: number;
  draws: number;
}

export interface Range {
  p10: number;
  p50: number;
  p90: number;
}

/** Percentiles of a figure that can be unbounded: null where the draws at that percentile never repay. */
export interface OpenRange {
  p10: number | null;
  p50: number | null;
  p90: number | null;
}

/** Monte Carlo standard errors of the simulated figures: how far they move from seed to seed. */
export interface SimulationStandardErrors {
  hoursSaved: Range;
  netAnnualBenefit: Range;
  npv: Range;
  relativeCostChange: Range | null;
  paybackMonths: OpenRange;
  probabilityPositiveNpv: number;
}

export interface SimulationSummary {
  seed: number;
  sharedSeed: number;
  draws: number;
  /** False for no candidate (notCandidateReason): nothing is drawn, every figure is 0. */
  candidate: boolean;
  hoursSaved: Range;
  netAnnualBenefit: Range;
  npv: Range;
  /** Null when the baseline annual cost is zero in some draw (nothing to compare with). */
  relativeCostChange: Range | null;
  /** Months to repay the net investment, per draw (not repaid: above every finite value). */
  paybackMonths: OpenRange;
  probabilityPositiveNpv: number;
  standardErrors: SimulationStandardErrors;
}

/** Per-draw values, kept when the caller needs to add processes together (a portfolio). */
export interface SimulationDraws {
  hoursSaved: Float64Array;
  netAnnualBenefit: Float64Array;
  npv: Float64Array;
}

/**
 * Cost factors that hit every project of one office alike, so a portfolio draws them once per
 * draw for all its processes (methodology section 4): the implementation overrun (a supplier's
 * and the office's own way of running projects) and the licence price (one vendor's price list).
 */
export const SHARED_RISKS = {
  /** Multiplies I: triangular(0.9, 1, 1.5), overruns being the norm. */
  overrun: { min: 0.9, mode: 1, max: 1.5 },
  /** Multiplies L: triangular(0.9, 1, 1.3), a renewal more likely dearer than cheaper. */
  licence: { min: 0.9, mode: 1, max: 1.3 },
} as const;

export interface SharedRiskDraws {
  overrun: Float64Array;
  licence: Float64Array;
}

export function validateSimulationOptions(options: SimulationOptions): string[] {
  const problems: string[] = [];
  for (const field of ['seed', 'sharedSeed'] as const) {
    const value = options[field];
    if (!Number.isInteger(value) || value < 0 || value > 0xffffffff) problems.push(`${field} must be a whole number between 0 and 4294967295`);
  }
  if (!Number.isInteger(options.draws) || options.draws < 100 || options.draws > MAX_DRAWS) {
    problems.push(`draws must be a whole number between 100 and ${MAX_DRAWS}`);
  }
  return problems;
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

/**
 * The shared factors of draws 0..n - 1 from the organization's seed: every process of the
 * organization reads the same factor in draw i, and a shorter run reads a prefix of a longer one.
 */
export function drawSharedRisks(sharedSeed: number, draws: number): SharedRiskDraws {
  const random = seededRandom(processSeed(sharedSeed, 'shared-risks'));
  const overrun = new Float64Array(draws);
  const licence = new Float64Array(draws);
  for (let i = 0; i < draws; i += 1) {
    overrun[i] = sampleTriangular(random, SHARED_RISKS.overrun.min, SHARED_RISKS.overrun.mode, SHARED_RISKS.overrun.max);
    licence[i] = sampleTriangular(random, SHARED_RISKS.licence.min, SHARED_RISKS.licence.mode, SHARED_RISKS.licence.max);
  }
  return { overrun, licence };
}

function rangeOfSorted(sorted: Float64Array): Range {
  return { p10: quantileSorted(sorted, 0.1), p50: quantileSorted(sorted, 0.5), p90: quantileSorted(sorted, 0.9) };
}

function errorsOfSorted(sorted: Float64Array): Range {
  return { p10: quantileStandardError(sorted, 0.1), p50: quantileStandardError(sorted, 0.5), p90: quantileStandardError(sorted, 0.9) };
}

const finiteOrNull = (value: number) => (Number.isFinite(value) ? value : null);

/** Type-7 percentiles (as percentile_cont) of the draws, with their Monte Carlo standard errors. */
export function summariseDraws(values: Float64Array): { range: Range; errors: Range } {
  const sorted = Float64Array.from(values).sort();
  return { range: rangeOfSorted(sorted), errors: errorsOfSorted(sorted) };
}

/** Percentiles where infinite draws (never repaid) may reach: such a percentile is null. */
function summariseOpen(values: Float64Array): { range: OpenRange; errors: OpenRange } {
  const sorted = Float64Array.from(values).sort();
  const at = (p: number) => {
    const position = (sorted.length - 1) * p;
    const reached = sorted[Math.ceil(position)];
    return Number.isFinite(reached) ? quantileSorted(sorted, p) : null;
  };
  const errorAt = (p: number) => (at(p) === null ? null : finiteOrNull(quantileStandardError(sorted, p)));
  return { range: { p10: at(0.1), p50: at(0.5), p90: at(0.9) }, errors: { p10: errorAt(0.1), p50: errorAt(0.5), p90: errorAt(0.9) } };
}

function draw(random: RandomSource, value: number, uncertainty: InputUncertainty, upperBound = Number.POSITIVE_INFINITY): number {
  switch (uncertainty.kind) {
    case 'NORMAL':
      return Math.min(upperBound, Math.max(0, sampleNormal(random, value, uncertainty.standardError)));
    case 'FORECAST':
      return Math.min(upperBound, Math.max(0, value + uncertainty.standardError * sampleStudentT(random, uncertainty.degreesOfFreedom)));
    case 'TRIANGULAR':
      return Math.min(upperBound, sampleTriangular(random, value * (1 - uncertainty.spread), value, value * (1 + uncertainty.spread)));
    case 'BETA':
      return sampleBeta(random, uncertainty.successes + 1, uncertainty.trials - uncertainty.successes + 1);
    case 'FIXED':
      return value;
  }
}

const ZERO_RANGE: Range = { p10: 0, p50: 0, p90: 0 };
const NO_PAYBACK: OpenRange = { p10: null, p50: null, p90: null };

/** No candidate: nothing is automated in any draw, so every figure is 0 and certain. */
function noCandidateSummary(inputs: SavingsInputs, options: SimulationOptions): SimulationSummary {
  const baselineCost = inputs.annualVolume * ((inputs.handlingMinutes / 60) * inputs.hourlyLabourCost + inputs.errorRate * inputs.costPerError);
  const costChange = baselineCost > 0 ? ZERO_RANGE : null;
  return {
    seed: options.seed,
    sharedSeed: options.sharedSeed,
    draws: options.draws,
    candidate: false,
    hoursSaved: ZERO_RANGE,
    netAnnualBenefit: ZERO_RANGE,
    npv: ZERO_RANGE,
    relativeCostChange: costChange,
    paybackMonths: NO_PAYBACK,
    probabilityPositiveNpv: 0,
    standardErrors: {
      hoursSaved: ZERO_RANGE,
      netAnnualBenefit: ZERO_RANGE,
      npv: ZERO_RANGE,
      relativeCostChange: costChange,
      paybackMonths: NO_PAYBACK,
      probabilityPositiveNpv: 0,
    },
  };
}

/**
 * Seeded Monte Carlo over the savings model (methodology section 4). Per draw: V, h and p from
 * their uncertainties; a ~ triangular(0.8a, a, min(1, 1.2a)) and e from its own range, joined by
 * a Gaussian copula with correlation rho (automatableExceptionCorrelation, default 0); I and L
 * times the organization's shared factors of that draw (drawSharedRisks); every other input
 * fixed. The order of draws is fixed, so the same seeds and inputs give the same numbers. A
 * process that is no candidate draws nothing.
 */
export function simulateSavings(
  inputs: SavingsInputs,
  uncertainty: SavingsUncertainty,
  options: SimulationOptions,
  keepDraws = false,
): { summary: SimulationSummary; draws?: SimulationDraws } {
  const problems = validateSimulationOptions(options);
  if (problems.length > 0) throw new RangeError(problems.join('; '));
  const n = options.draws;
  const hours = new Float64Array(n);
  const benefit = new Float64Array(n);
  const npv = new Float64Array(n);
  if (notCandidateReason(inputs) !== null) {
    const summary = noCandidateSummary(inputs, options);
    return keepDraws ? { summary, draws: { hoursSaved: hours, netAnnualBenefit: benefit, npv } } : { summary };
  }
  const random = seededRandom(options.seed);
  const shared = drawSharedRisks(options.sharedSeed, n);
  const costChange = new Float64Array(n);
  const payback = new Float64Array(n);
  let costChangeDefined = true;
  let positive = 0;
  const annuity = annuityFactor(inputs.horizonYears, inputs.discountRate);
  const a0 = inputs.automatableShare;
  const e0 = inputs.exceptionRate;
  const rho = inputs.automatableExceptionCorrelation;
  const independentShare = Math.sqrt(1 - rho * rho);
  const eRange = uncertainty.exceptionRate;
  for (let i = 0; i < n; i += 1) {
    const V = draw(random, inputs.annualVolume, uncertainty.annualVolume);
    const h = draw(random, inputs.handlingMinutes, uncertainty.handlingMinutes);
    const p = draw(random, inputs.errorRate, uncertainty.errorRate, 1);
    const zA = sampleNormal(random);
    const zE = rho * zA + independentShare * sampleNormal(random);
    const a = triangularQuantile(normalCdf(zA), 0.8 * a0, a0, Math.min(1, 1.2 * a0));
    const e = eRange.kind === 'FIXED' ? e0 : Math.min(1, triangularQuantile(normalCdf(zE), e0 * (1 - eRange.spread), e0, e0 * (1 + eRange.spread)));
    const I = inputs.implementationCost * shared.overrun[i];
    const L = inputs.botLicensePerYear * shared.licence[i];
    const Va = V * (1 - e);
    const H = (Va * (h * a - inputs.supervisionMinutes)) / 60;
    const botHours = (Va * h * a * inputs.botSpeedFactor) / 60;
    const bots = botHours > 0 ? Math.ceil(botHours / inputs.botCapacityHours) : 0;
    const errorSavings = Va * p * a * inputs.costPerError;
    const running = bots * L + inputs.maintenanceShare * I;
    const B = H * inputs.hourlyLabourCost + errorSavings - running;
    const netInvestment = I - inputs.grant;
    const value = -netInvestment + B * annuity;
    hours[i] = H;
    benefit[i] = B;
    npv[i] = value;
    if (value > 0) positive += 1;
    payback[i] = paybackMonthsOf(netInvestment, B) ?? Number.POSITIVE_INFINITY;
    const change = relativeCostChangeOf(value, annuity, V * ((h / 60) * inputs.hourlyLabourCost + p * inputs.costPerError));
    if (change === null) costChangeDefined = false;
    else costChange[i] = change;
  }
  const hoursSummary = summariseDraws(hours);
  const benefitSummary = summariseDraws(benefit);
  const npvSummary = summariseDraws(npv);
  const costSummary = costChangeDefined ? summariseDraws(costChange) : null;
  const paybackSummary = summariseOpen(payback);
  const probability = positive / n;
  const summary: SimulationSummary = {
    seed: options.seed,
    sharedSeed: options.sharedSeed,
    draws: n,
    candidate: true,
    hoursSaved: hoursSummary.range,
    netAnnualBenefit: benefitSummary.range,
    npv: npvSummary.range,
    relativeCostChange: costSummary?.range ?? null,
    paybackMonths: paybackSummary.range,
    probabilityPositiveNpv: probability,
    standardErrors: {
      hoursSaved: hoursSummary.errors,
      netAnnualBenefit: benefitSummary.errors,
      npv: npvSummary.errors,
      relativeCostChange: costSummary?.errors ?? null,
      paybackMonths: paybackSummary.errors,
      probabilityPositiveNpv: proportionStandardError(probability, n),
    },
  };
  return keepDraws ? { summary, draws: { hoursSaved: hours, netAnnualBenefit: benefit, npv } } : { summary };
}
