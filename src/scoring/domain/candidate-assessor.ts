import {
  type BaselineEvidence,
  chooseEstimatorInputs,
  ESTIMATE_SPREAD,
  type EstimatorInputs,
  type OwnerEstimates,
} from './evidence-inputs.js';
import { type EaseWeights, type ReadinessFacts, type ReadinessScore, scoreReadiness } from './readiness-score.js';
import { roundToStandardError } from '../../statistics/index.js';
import { estimateSavings, type NotCandidateReason, SAVINGS_DEFAULTS, SAVINGS_METHOD_VERSION, type SavingsEstimate, type SavingsInputs } from './savings-model.js';
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

/** Why a process is no candidate, as the explanation and warnings say it. */
export const NOT_CANDIDATE_SENTENCES: Record<NotCandidateReason, string> = {
  NO_AUTOMATABLE_WORK: 'no automatable work in a case (a = 0 or no handling time)',
  NO_CASES_FOR_A_BOT: 'no case a bot would handle (no volume, or every case needs human judgement)',
  SUPERVISION_NOT_LESS_THAN_WORK: 'supervising an automated case takes at least as long as the work a bot would do (h a <= s)',
};

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
  const inputs = chooseEstimatorInputs(facts.baseline, facts.estimates, facts.costs.horizonYears);
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
    exceptionRate: { kind: 'TRIANGULAR', spread: ESTIMATE_SPREAD },
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
  if (point.notCandidateReason !== null) {
    warnings.push(`not a candidate: ${NOT_CANDIDATE_SENTENCES[point.notCandidateReason]}; nothing is charged or saved`);
  } else {
    if (simulation.npv.p50 < 0) warnings.push('negative NPV at P50');
    if (point.netAnnualBenefit < 0) warnings.push('benefit below running cost: the bot costs more per year than it saves');
  }
  for (const field of facts.unsetCosts) warnings.push(`${field} not set: counted as 0`);

  const evidence =
    inputs.grade === 'ESTIMATE' ? "on the owner's estimates only" : `on measured ${inputs.grade.toLowerCase().replace('_', ' ')} data (${inputs.sampleSize} cases)`;
  // Figures rounded to their Monte Carlo standard error: digits below it change from seed to seed.
  const errors = simulation.standardErrors;
  const npvAt = (key: 'p10' | 'p50' | 'p90') => money(roundToStandardError(simulation.npv[key], errors.npv[key]));
  const explanation =
    point.notCandidateReason !== null
      ? `not a candidate: ${NOT_CANDIDATE_SENTENCES[point.notCandidateReason]}; AP ${readiness.automationPotential.toFixed(0)}, EI ${readiness.easeOfImplementation.toFixed(0)}, ${evidence}`
      : `${readiness.quadrant.replace('_', ' ').toLowerCase()}: AP ${readiness.automationPotential.toFixed(0)}, EI ${readiness.easeOfImplementation.toFixed(0)}; ` +
        `${money(roundToStandardError(simulation.hoursSaved.p50, errors.hoursSaved.p50))} h a year saved at P50, NPV P50 ${npvAt('p50')} (P10 ${npvAt('p10')} to P90 ${npvAt('p90')}), ` +
        `P(NPV > 0) ${(simulation.probabilityPositiveNpv * 100).toFixed(0)}%, ${evidence}`;

  return { methodVersion: SCORING_METHOD_VERSION, readiness, inputs, savingsInputs, point, simulation, warnings, explanation };
}
