import { EvidenceGrade } from '../measurements/domain/measurement.enums.js';
import type { AutomationScenarioEntity } from './automation-scenario.entity.js';
import {
  assessCandidate,
  type CandidateAssessment,
  type CandidateFacts,
  type CostScenario,
  DEFAULT_COST_SCENARIO,
  SCORING_METHOD_VERSION,
} from './domain/candidate-assessor.js';
import { EQUAL_WEIGHTS, type EaseWeights } from './domain/readiness-score.js';
import { DEFAULT_DRAWS, DEFAULT_SEED, processSeed } from './domain/savings-simulation.js';
import type { ScoreSource } from './score-inputs.loader.js';
import { Quadrant } from './scoring.enums.js';
import type { StoredScore } from './stored-score.js';

export { SCORING_METHOD_VERSION };


const MONEY_FIELDS = ['hourlyLabourCost', 'costPerError', 'botLicensePerYear', 'implementationCost', 'grantAmount'] as const;
const NUMBER_FIELDS = [
  'maintenanceShare', 'supervisionMinutes', 'botSpeedFactor', 'botCapacityHours', 'horizonYears', 'discountRate', 'productiveHoursPerFte',
  'automatableExceptionCorrelation',
] as const;
type ScenarioField = (typeof MONEY_FIELDS)[number] | (typeof NUMBER_FIELDS)[number];
const COST_KEY: Record<ScenarioField, keyof CostScenario> = {
  hourlyLabourCost: 'hourlyLabourCost',
  costPerError: 'costPerError',
  botLicensePerYear: 'botLicensePerYear',
  implementationCost: 'implementationCost',
  grantAmount: 'grant',
  maintenanceShare: 'maintenanceShare',
  supervisionMinutes: 'supervisionMinutes',
  botSpeedFactor: 'botSpeedFactor',
  botCapacityHours: 'botCapacityHours',
  horizonYears: 'horizonYears',
  discountRate: 'discountRate',
  productiveHoursPerFte: 'productiveHoursPerFte',
  automatableExceptionCorrelation: 'automatableExceptionCorrelation',
};

/** Where each cost input came from, for the stored inputs. */
export type CostSource = 'PROCESS' | 'PROCESS_SCENARIO' | 'ORGANIZATION_SCENARIO' | 'DEFAULT';

/**
 * Resolves the cost side: the process's own labour and error costs, then its scenario, then
 * its organization's, then the methodology's defaults.
 */
export function resolveCosts(source: ScoreSource): ResolvedCosts {
  return resolveCostLevels([
    ['PROCESS', { hourlyLabourCost: source.process.hourlyLabourCost, costPerError: source.process.costPerError }],
    ['PROCESS_SCENARIO', source.processScenario],
    ['ORGANIZATION_SCENARIO', source.organizationScenario],
  ]);
}

/**
 * The organization's scenario over the methodology's defaults: what a process inherits unless it
 * sets its own (its labour and error costs first, then its own scenario).
 */
export function organizationCosts(organizationScenario: AutomationScenarioEntity | null): ResolvedCosts {
  return resolveCostLevels([['ORGANIZATION_SCENARIO', organizationScenario]]);
}

export interface ResolvedCosts {
  costs: CostScenario;
  sources: Record<string, CostSource>;
  unset: (keyof CostScenario)[];
}

/** Each cost field from the first level that sets it, else the default. */
function resolveCostLevels(levels: [CostSource, Partial<Record<ScenarioField, string | number | null>> | null][]): ResolvedCosts {
  const costs: CostScenario = { ...DEFAULT_COST_SCENARIO };
  const sources: Record<string, CostSource> = {};
  const unset: (keyof CostScenario)[] = [];
  for (const field of [...MONEY_FIELDS, ...NUMBER_FIELDS]) {
    const key = COST_KEY[field];
    const found = levels.find(([, level]) => level !== null && level[field] !== null && level[field] !== undefined);
    if (found) {
      costs[key] = Number(found[1]?.[field]);
      sources[key] = found[0];
    } else {
      sources[key] = 'DEFAULT';
      if ((MONEY_FIELDS as readonly string[]).includes(field) && field !== 'grantAmount') unset.push(key);
    }
  }
  return { costs, sources, unset };
}

function firstSet(scenarios: (AutomationScenarioEntity | null)[], field: 'monteCarloSeed' | 'monteCarloDraws'): number | null {
  for (const scenario of scenarios) if (scenario?.[field] != null) return scenario[field];
  return null;
}

function weightsOf(source: ScoreSource): EaseWeights {
  const { weights } = source;
  if (!weights) return { ...EQUAL_WEIGHTS };
  return {
    stability: weights.stability,
    standardisation: weights.standardisation,
    structuredInput: weights.structuredInput,
    applicationComplexity: weights.applicationComplexity,
    documentation: weights.documentation,
  };
}

/** Everything stored facts say about one process, as the pure assessment wants it. */
export function candidateFactsOf(source: ScoreSource): { facts: CandidateFacts; costSources: Record<string, CostSource> } {
  const { process } = source;
  const { costs, sources, unset } = resolveCosts(source);
  const scenarios = [source.processScenario, source.organizationScenario];
  const seed = firstSet(scenarios, 'monteCarloSeed') ?? DEFAULT_SEED;
  return {
    facts: {
      readiness: {
        steps: source.steps.map((step) => ({
          name: step.name,
          minutesPerCase: step.minutesPerCase,
          ruleBased: step.ruleBased,
          inputType: step.inputType,
          automatableOverride: step.automatableOverride,
        })),
        exceptionRate: process.exceptionRate,
        expectedChanges12m: process.expectedChanges12m,
        applicationCount: process.applicationCount,
        documentationAvailable: process.documentationAvailable,
        standardisation: process.standardisationEstimate === null ? null : { value: process.standardisationEstimate, source: 'ESTIMATE' },
      },
      decidesAboutPerson: process.decidesAboutPerson,
      estimates: {
        monthlyVolume: process.estimatedMonthlyVolume,
        handlingMinutes: process.estimatedHandlingMinutes,
        errorRate: process.estimatedErrorRate,
      },
      baseline: source.baseline ? { periodId: source.baseline.periodId, periodLabel: source.baseline.periodLabel, figures: source.baseline.figures } : null,
      costs,
      unsetCosts: unset,
      weights: weightsOf(source),
      // Each process draws its own inputs from its own stream; the risks the organization's
      // projects share (overrun, licence price) come from one stream of the organization's seed.
      simulation: { seed: processSeed(seed, process.id), sharedSeed: seed, draws: firstSet(scenarios, 'monteCarloDraws') ?? DEFAULT_DRAWS },
    },
    costSources: sources,
  };
}

const round = (value: number, decimals: number) => Number(value.toFixed(decimals));
/** Stored numeric columns: money to 2 decimals, hours to 1, scores to 2, a probability to 4. */
const money = (value: number) => round(value, 2);
/** Months to one decimal, capped to what the column holds; null stays null (never repaid). */
const months = (value: number | null) => (value === null ? null : round(Math.min(value, 9_999_999), 1));

export function assessSource(source: ScoreSource, computedAt: string): StoredScore {
  const { facts, costSources } = candidateFactsOf(source);
  const assessment: CandidateAssessment = assessCandidate(facts);
  const { readiness, simulation, point } = assessment;
  return {
    process_id: source.process.id,
    organization_id: source.process.organizationId,
    process_name: source.process.name,
    category: source.process.category,
    department_id: source.process.departmentId,
    status: source.process.status,
    method_version: assessment.methodVersion,
    automation_potential: round(readiness.automationPotential, 2),
    ease_of_implementation: round(readiness.easeOfImplementation, 2),
    quadrant: Quadrant[readiness.quadrant],
    candidate: point.candidate,
    not_candidate_reason: point.notCandidateReason,
    evidence_grade: EvidenceGrade[assessment.inputs.grade],
    sample_size: assessment.inputs.sampleSize,
    hours_saved_p10: round(simulation.hoursSaved.p10, 1),
    hours_saved_p50: round(simulation.hoursSaved.p50, 1),
    hours_saved_p90: round(simulation.hoursSaved.p90, 1),
    net_benefit_p10: money(simulation.netAnnualBenefit.p10),
    net_benefit_p50: money(simulation.netAnnualBenefit.p50),
    net_benefit_p90: money(simulation.netAnnualBenefit.p90),
    npv_p10: money(simulation.npv.p10),
    npv_p50: money(simulation.npv.p50),
    npv_p90: money(simulation.npv.p90),
    probability_positive_npv: round(simulation.probabilityPositiveNpv, 4),
    payback_months: months(point.paybackMonths),
    payback_p10: months(simulation.paybackMonths.p10),
    payback_p50: months(simulation.paybackMonths.p50),
    payback_p90: months(simulation.paybackMonths.p90),
    standard_errors: simulation.standardErrors,
    warnings: assessment.warnings,
    explanation: assessment.explanation,
    inputs: {
      facts,
      costSources,
      baselinePeriodId: assessment.inputs.baselinePeriodId,
      baselineMethodVersion: source.baseline?.methodVersion ?? null,
      weights: facts.weights,
      seed: facts.simulation.seed,
      draws: facts.simulation.draws,
    },
    result: {
      readiness,
      evidence: assessment.inputs,
      savingsInputs: assessment.savingsInputs,
      pointEstimate: point,
      monteCarlo: simulation,
    },
    computed_at: computedAt,
  };
}
