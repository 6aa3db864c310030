import {
  type BaselineEvidence,
  chooseEstimatorInputs,
  type EstimatorInputs,
  type OwnerEstimates,
} from './evidence-inputs.js';
import { type EaseWeights, type ReadinessFacts, type ReadinessScore, scoreReadiness } from './readiness-score.js';
import { estimateSavings, SAVINGS_DEFAULTS, SAVINGS_METHOD_VERSION, type SavingsEstimate, type SavingsInputs } from './savings-model.js';
import {
  type SavingsUncertainty,
  type SimulationDraws,
  type SimulationOptions,
  type SimulationSummary,
  simulateSavings,
} from './savings-simulation.js';
import { READINESS_METHOD_VERSION } from './readiness-score.js';

export const SCORING_METHOD_VERSION = `${READINESS_METHOD_VERSION}+${SAVINGS_METHOD_VERSION}`;

/** The cost side, resolved (process over organization over the methodology's defaults). */
export type CostScenario = Omit<SavingsInputs, 'annualVolume' | 'handlingMinutes' | 'automatableShare' | 'exceptionRate' | 'errorRate'>;

export const DEFAULT_COST_SCENARIO: CostScenario = {
  hourlyLabourCost: 0,
  costPerError: 0,
  botLicensePerYear: 0,
  implementationCost: 0,
  grant: 0,
  ...SAVINGS_DEFAULTS,
};

export interface CandidateFacts {
  readiness: ReadinessFacts;
  decidesAboutPerson: boolean;
  estimates: OwnerEstimates;
  baseline: BaselineEvidence | null;
  costs: CostScenario;
  /** Which cost fields nobody set (still at 0 by default), for the warnings. */
  unsetCosts: readonly (keyof CostScenario)[];
  weights: EaseWeights;
  simulation: SimulationOptions;
}

export interface CandidateAssessment {
  methodVersion: string;
  readiness: ReadinessScore;
  inputs: EstimatorInputs;
  savingsInputs: SavingsInputs;
  point: SavingsEstimate;
  simulation: SimulationSummary;
  warnings: string[];
  explanation: string;
}

const money = (value: number) => `${Math.round(value).toLocaleString('en-US').replace(/,/g, ' ')}`;

/** Readiness, the chosen inputs and their uncertainties: what the point estimate and the Monte Carlo share. */
export function savingsModelOf(facts: CandidateFacts): {
  readiness: ReadinessScore;
  inputs: EstimatorInputs;
  savingsInputs: SavingsInputs;
  uncertainty: SavingsUncertainty;
} {
  const measuredShare = facts.baseline?.figures.topVariantShare ?? null;
  const readinessFacts: ReadinessFacts =
    measuredShare !== null ? { ...facts.readiness, standardisation: { value: measuredShare, source: 'MEASURED' } } : facts.readiness;
  const readiness = scoreReadiness(readinessFacts, facts.weights);
  const inputs = chooseEstimatorInputs(facts.baseline, facts.estimates);
  const savingsInputs: SavingsInputs = {
    annualVolume: inputs.annualVolume.value,
    handlingMinutes: inputs.handlingMinutes.value,
    automatableShare: readiness.automatableShare,
    exceptionRate: facts.readiness.exceptionRate,
    errorRate: inputs.errorRate.value,
    ...facts.costs,
  };
  const uncertainty: SavingsUncertainty = {
    annualVolume: inputs.annualVolume.uncertainty,
    handlingMinutes: inputs.handlingMinutes.uncertainty,
    errorRate: inputs.errorRate.uncertainty,
    // The exception rate is the owner's judgement in this model: +-30% like any estimate.
    exceptionRate: { kind: 'TRIANGULAR', spread: 0.3 },
  };
  return { readiness, inputs, savingsInputs, uncertainty };
}

/** The per-draw values of one candidate, for adding candidates together (a portfolio). */
export function candidateDraws(facts: CandidateFacts): SimulationDraws {
  const { savingsInputs, uncertainty } = savingsModelOf(facts);
  const { draws } = simulateSavings(savingsInputs, uncertainty, facts.simulation, true);
  if (!draws) throw new Error('the simulation kept no draws');
  return draws;
}

/**
 * One process as an automation candidate: readiness, the inputs from the best evidence, the
 * savings point estimate and its Monte Carlo ranges, warnings and a one-sentence explanation.
 * Pure: the same facts give the same assessment, number for number.
 */
export function assessCandidate(facts: CandidateFacts): CandidateAssessment {
  const { readiness, inputs, savingsInputs, uncertainty } = savingsModelOf(facts);
  const point = estimateSavings(savingsInputs);
  const { summary: simulation } = simulateSavings(savingsInputs, uncertainty, facts.simulation);

  const warnings = [...readiness.warnings, ...inputs.warnings];
  if (facts.decidesAboutPerson) {
    warnings.push('GDPR art. 22: decides about a person; a fully automated decision needs a legal basis and human review');
  }
  if (simulation.npv.p50 < 0) warnings.push('negative NPV at P50');
  if (point.netAnnualBenefit < 0) warnings.push('benefit below running cost: the bot costs more per year than it saves');
  if (point.hoursSaved < 0) warnings.push('supervising each automated case takes longer than the bot saves');
  if (facts.readiness.exceptionRate >= 1) warnings.push('every case needs human judgement (exception rate 1): nothing to automate');
  if (savingsInputs.annualVolume === 0) warnings.push('zero volume: nothing to automate');
  for (const field of facts.unsetCosts) warnings.push(`${field} not set: counted as 0`);

  const evidence =
    inputs.grade === 'ESTIMATE' ? "on the owner's estimates only" : `on measured ${inputs.grade.toLowerCase().replace('_', ' ')} data (${inputs.sampleSize} cases)`;
  const explanation =
    `${readiness.quadrant.replace('_', ' ').toLowerCase()}: AP ${readiness.automationPotential.toFixed(0)}, EI ${readiness.easeOfImplementation.toFixed(0)}; ` +
    `${Math.round(simulation.hoursSaved.p50)} h a year saved at P50, NPV P50 ${money(simulation.npv.p50)} (P10 ${money(simulation.npv.p10)} to P90 ${money(simulation.npv.p90)}), ` +
    `P(NPV > 0) ${(simulation.probabilityPositiveNpv * 100).toFixed(0)}%, ${evidence}`;

  return { methodVersion: SCORING_METHOD_VERSION, readiness, inputs, savingsInputs, point, simulation, warnings, explanation };
}
