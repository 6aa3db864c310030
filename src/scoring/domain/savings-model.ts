/** Stored with every score: a change of method is a new version, never a silent edit. */
export const SAVINGS_METHOD_VERSION = 'savings-1';

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
}

export interface SavingsEstimate {
  /** Va = V (1 - e) */
  automatedCasesPerYear: number;
  /** H = Va (h a - s) / 60; negative when supervising costs more than the bot saves. */
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
  /** 12 (I - G) / B when B > 0; 0 when the grant covers the implementation; null when never repaid. */
  paybackMonths: number | null;
  fteFreed: number;
  /** C = V (h / 60 c_h + p c_e) */
  baselineAnnualCost: number;
  /** (R + (I - G) / T - H c_h - error savings) / C; negative is a saving; null when C = 0. */
  relativeCostChange: number | null;
}

/** sum_{t=1..T} 1 / (1 + d)^t: today's value of one unit a year for T years. */
export function annuityFactor(years: number, discountRate: number): number {
  let factor = 0;
  for (let year = 1; year <= years; year += 1) factor += 1 / (1 + discountRate) ** year;
  return factor;
}

/**
 * The deterministic point estimate (methodology section 4, method savings-1). Formulas are
 * applied as written, without clamping: a negative H or B is a finding to show, not to hide.
 */
export function estimateSavings(inputs: SavingsInputs): SavingsEstimate {
  const { annualVolume: V, handlingMinutes: h, automatableShare: a, exceptionRate: e, errorRate: p } = inputs;
  const automatedCasesPerYear = V * (1 - e);
  const hoursSaved = (automatedCasesPerYear * (h * a - inputs.supervisionMinutes)) / 60;
  const botHours = (automatedCasesPerYear * h * a * inputs.botSpeedFactor) / 60;
  const botsNeeded = botHours > 0 ? Math.ceil(botHours / inputs.botCapacityHours) : 0;
  const labourSavings = hoursSaved * inputs.hourlyLabourCost;
  const errorSavings = automatedCasesPerYear * p * a * inputs.costPerError;
  const runningCost = botsNeeded * inputs.botLicensePerYear + inputs.maintenanceShare * inputs.implementationCost;
  const netAnnualBenefit = labourSavings + errorSavings - runningCost;
  const netInvestment = inputs.implementationCost - inputs.grant;
  const npv = -netInvestment + netAnnualBenefit * annuityFactor(inputs.horizonYears, inputs.discountRate);
  let paybackMonths: number | null = null;
  if (netInvestment <= 0) paybackMonths = 0;
  else if (netAnnualBenefit > 0) paybackMonths = (12 * netInvestment) / netAnnualBenefit;
  const baselineAnnualCost = V * ((h / 60) * inputs.hourlyLabourCost + p * inputs.costPerError);
  const relativeCostChange =
    baselineAnnualCost > 0
      ? (runningCost + netInvestment / inputs.horizonYears - labourSavings - errorSavings) / baselineAnnualCost
      : null;
  return {
    automatedCasesPerYear,
    hoursSaved,
    botsNeeded,
    labourSavings,
    errorSavings,
    runningCost,
    netAnnualBenefit,
    npv,
    paybackMonths,
    fteFreed: hoursSaved / inputs.productiveHoursPerFte,
    baselineAnnualCost,
    relativeCostChange,
  };
}
