/** Stored with every score: a change of method is a new version, never a silent edit. */
/**
 * savings-2: a process whose automated work per case does not exceed its supervision is no
 * candidate (nothing charged); the relative cost change spreads the net investment like the NPV
 * (annuity, not straight-line); forecasts from monthly variation; risks shared by an office's
 * projects drawn once per draw; payback percentiles and Monte Carlo standard errors.
 */
export const SAVINGS_METHOD_VERSION = 'savings-2';

/** The methodology's defaults (section 4); an organization or a process may override each. */
export const SAVINGS_DEFAULTS = {
  /** k: bot runtime per case as a share of the human minutes. */
  botSpeedFactor: 0.25,
  /** Hours one bot can run per year: 24 h x 365 d x 80% availability. */
  botCapacityHours: 24 * 365 * 0.8,
  /** s: staff minutes supervising one automated case. */
  supervisionMinutes: 1,
  /** m: yearly maintenance as a share of the implementation cost. */
  maintenanceShare: 0.2,
  /** T */
  horizonYears: 3,
  /** d */
  discountRate: 0.05,
  productiveHoursPerFte: 1600,
  /** rho: Gaussian-copula correlation between the draws of a and e; 0 = independent. */
  automatableExceptionCorrelation: 0,
} as const;

/** Everything one savings estimate needs; amounts in the organization's currency. */
export interface SavingsInputs {
  /** V: cases per year. */
  annualVolume: number;
  /** h: mean touch minutes per case. */
  handlingMinutes: number;
  /** a: automatable share of the work, 0..1. */
  automatableShare: number;
  /** e: share of cases needing human judgement, 0..1. */
  exceptionRate: number;
  /** p: share of cases with an error, 0..1. */
  errorRate: number;
  /** c_h */
  hourlyLabourCost: number;
  /** c_e */
  costPerError: number;
  /** L: licence per bot-year. */
  botLicensePerYear: number;
  /** I */
  implementationCost: number;
  /** G */
  grant: number;
  botSpeedFactor: number;
  botCapacityHours: number;
  supervisionMinutes: number;
  maintenanceShare: number;
  horizonYears: number;
  discountRate: number;
  productiveHoursPerFte: number;
  automatableExceptionCorrelation: number;
}

/** Why a process is not an automation candidate: nothing a bot would do pays for itself in staff time. */
export type NotCandidateReason =
  /** a = 0 or h = 0: no automatable work in a case. */
  | 'NO_AUTOMATABLE_WORK'
  /** V (1 - e) = 0: no case a bot would handle. */
  | 'NO_CASES_FOR_A_BOT'
  /** h a <= s: supervising an automated case takes at least as long as the work automated. */
  | 'SUPERVISION_NOT_LESS_THAN_WORK';

/**
 * The candidacy rule (methodology section 4): a process is a candidate only when bots would
 * handle some cases and the automated work per case, h a, exceeds the supervision it needs, s.
 * Decided at the most likely values; a candidate's draws may still fall below (a risk shown).
 */
export function notCandidateReason(inputs: Pick<SavingsInputs, 'annualVolume' | 'handlingMinutes' | 'automatableShare' | 'exceptionRate' | 'supervisionMinutes'>): NotCandidateReason | null {
  if (!(inputs.automatableShare > 0 && inputs.handlingMinutes > 0)) return 'NO_AUTOMATABLE_WORK';
  if (!(inputs.annualVolume * (1 - inputs.exceptionRate) > 0)) return 'NO_CASES_FOR_A_BOT';
  if (inputs.handlingMinutes * inputs.automatableShare <= inputs.supervisionMinutes) return 'SUPERVISION_NOT_LESS_THAN_WORK';
  return null;
}

export interface SavingsEstimate {
  /** False when notCandidateReason gives a reason: then no bot, cost or saving is counted (all 0). */
  candidate: boolean;
  notCandidateReason: NotCandidateReason | null;
  /** Va = V (1 - e) */
  automatedCasesPerYear: number;
  /** H = Va (h a - s) / 60; positive for a candidate at the most likely values. */
  hoursSaved: number;
  botsNeeded: number;
  labourSavings: number;
  /** Va p a c_e: errors in automated steps assumed removed. */
  errorSavings: number;
  /** R = bots L + m I */
  runningCost: number;
  /** B = H c_h + error savings - R */
  netAnnualBenefit: number;
  /** -(I - G) + sum over T years of B / (1 + d)^t */
  npv: number;
  /** 12 (I - G) / B when B > 0; 0 when the grant covers the implementation; null when never repaid (or no candidate). */
  paybackMonths: number | null;
  fteFreed: number;
  /** C = V (h / 60 c_h + p c_e) */
  baselineAnnualCost: number;
  /**
   * (R + (I - G) / A - H c_h - error savings) / C = -NPV / (A C), A the annuity factor: the net
   * investment spread over the horizon as an annuity, discounted like the NPV. Negative is a
   * saving; 0 for no candidate; null when C = 0.
   */
  relativeCostChange: number | null;
}

/** sum_{t=1..T} 1 / (1 + d)^t: today's value of one unit a year for T years. */
export function annuityFactor(years: number, discountRate: number): number {
  let factor = 0;
  for (let year = 1; year <= years; year += 1) factor += 1 / (1 + discountRate) ** year;
  return factor;
}

/**
 * The deterministic point estimate (methodology section 4, method savings-2). Formulas are
 * applied as written, without clamping: a negative B is a finding to show, not to hide. A
 * process that is no candidate (notCandidateReason) has every saving and cost 0.
 */
export function estimateSavings(inputs: SavingsInputs): SavingsEstimate {
  const { annualVolume: V, handlingMinutes: h, automatableShare: a, exceptionRate: e, errorRate: p } = inputs;
  const baselineAnnualCost = V * ((h / 60) * inputs.hourlyLabourCost + p * inputs.costPerError);
  const reason = notCandidateReason(inputs);
  if (reason !== null) {
    return {
      candidate: false,
      notCandidateReason: reason,
      automatedCasesPerYear: 0,
      hoursSaved: 0,
      botsNeeded: 0,
      labourSavings: 0,
      errorSavings: 0,
      runningCost: 0,
      netAnnualBenefit: 0,
      npv: 0,
      paybackMonths: null,
      fteFreed: 0,
      baselineAnnualCost,
      relativeCostChange: baselineAnnualCost > 0 ? 0 : null,
    };
  }
  const automatedCasesPerYear = V * (1 - e);
  const hoursSaved = (automatedCasesPerYear * (h * a - inputs.supervisionMinutes)) / 60;
  const botHours = (automatedCasesPerYear * h * a * inputs.botSpeedFactor) / 60;
  const botsNeeded = botHours > 0 ? Math.ceil(botHours / inputs.botCapacityHours) : 0;
  const labourSavings = hoursSaved * inputs.hourlyLabourCost;
  const errorSavings = automatedCasesPerYear * p * a * inputs.costPerError;
  const runningCost = botsNeeded * inputs.botLicensePerYear + inputs.maintenanceShare * inputs.implementationCost;
  const netAnnualBenefit = labourSavings + errorSavings - runningCost;
  const netInvestment = inputs.implementationCost - inputs.grant;
  const annuity = annuityFactor(inputs.horizonYears, inputs.discountRate);
  const npv = -netInvestment + netAnnualBenefit * annuity;
  return {
    candidate: true,
    notCandidateReason: null,
    automatedCasesPerYear,
    hoursSaved,
    botsNeeded,
    labourSavings,
    errorSavings,
    runningCost,
    netAnnualBenefit,
    npv,
    paybackMonths: paybackMonthsOf(netInvestment, netAnnualBenefit),
    fteFreed: hoursSaved / inputs.productiveHoursPerFte,
    baselineAnnualCost,
    relativeCostChange: relativeCostChangeOf(npv, annuity, baselineAnnualCost),
  };
}

/** 0 when the grant covers the investment, 12 (I - G) / B when B > 0, else null (never repaid). */
export function paybackMonthsOf(netInvestment: number, netAnnualBenefit: number): number | null {
  if (netInvestment <= 0) return 0;
  return netAnnualBenefit > 0 ? (12 * netInvestment) / netAnnualBenefit : null;
}

/** -NPV / (A C): the equivalent annual cost change as a share of today's cost; null when C = 0. */
export function relativeCostChangeOf(npv: number, annuity: number, baselineAnnualCost: number): number | null {
  return baselineAnnualCost > 0 && annuity > 0 ? -npv / (annuity * baselineAnnualCost) : null;
}
