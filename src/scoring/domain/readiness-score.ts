import { isStepAutomatable, timeWeightedShare } from '../../processes/domain/step-automatability.js';
import { StepInputType } from '../../processes/domain/process.enums.js';

/** Stored with every score: a change of method is a new version, never a silent edit. */
export const READINESS_METHOD_VERSION = 'readiness-1';

/** AP and EI at or above this put a process on the "high" side of the quadrant. */
export const QUADRANT_THRESHOLD = 50;

/** Standardisation used when neither a measured top-variant share nor an estimate exists. */
export const UNKNOWN_STANDARDISATION = 0.5;

export type ReadinessQuadrant = 'QUICK_WIN' | 'STRATEGIC' | 'LOW_VALUE' | 'NOT_READY';

export interface StepFacts {
  name: string;
  minutesPerCase: number;
  ruleBased: boolean;
  inputType: StepInputType;
  automatableOverride: boolean | null;
}

export interface StandardisationEvidence {
  value: number;
  /** MEASURED: top-variant share of an event log; ESTIMATE: the owner's own share. */
  source: 'MEASURED' | 'ESTIMATE';
}

export interface ReadinessFacts {
  steps: readonly StepFacts[];
  /** Share of cases needing human judgement (e). */
  exceptionRate: number;
  expectedChanges12m: number;
  applicationCount: number;
  documentationAvailable: boolean;
  standardisation: StandardisationEvidence | null;
}

/** Weights of the five Ease of Implementation components; their mean is weighted by them. */
export interface EaseWeights {
  stability: number;
  standardisation: number;
  structuredInput: number;
  applicationComplexity: number;
  documentation: number;
}

export const EQUAL_WEIGHTS: Readonly<EaseWeights> = {
  stability: 1,
  standardisation: 1,
  structuredInput: 1,
  applicationComplexity: 1,
  documentation: 1,
};

export type EaseComponentName = keyof EaseWeights;

export interface EaseComponent {
  name: EaseComponentName;
  /** 0..1 */
  value: number;
  weight: number;
  reason: string;
}

export interface ReadinessScore {
  methodVersion: string;
  /** a: time-weighted share of automatable steps, 0..1. */
  automatableShare: number;
  automatableShareReason: string;
  /** AP = 100 * a * (1 - e). */
  automationPotential: number;
  automationPotentialReason: string;
  /** EI = 100 * weighted mean of the components. */
  easeOfImplementation: number;
  components: EaseComponent[];
  weights: EaseWeights;
  quadrant: ReadinessQuadrant;
  quadrantReason: string;
  warnings: string[];
}

const percent = (share: number) => `${(share * 100).toFixed(0)}%`;

/** Checks an organization's weights: none negative, not all zero, all finite. */
export function validateWeights(weights: EaseWeights): string[] {
  const problems: string[] = [];
  for (const [name, weight] of Object.entries(weights)) {
    if (!Number.isFinite(weight) || weight < 0) problems.push(`${name} weight must be a non-negative number`);
  }
  const sum = Object.values<number>({ ...weights }).reduce((total, weight) => total + weight, 0);
  if (problems.length === 0 && !(sum > 0)) problems.push('at least one weight must be positive');
  return problems;
}

/** EI = 100 x the mean of the components' values weighted by the organization's weights. */
export function easeOfImplementationOf(components: readonly { name: EaseComponentName; value: number }[], weights: EaseWeights): number {
  const weightSum = components.reduce((sum, component) => sum + weights[component.name], 0);
  return (100 * components.reduce((sum, component) => sum + component.value * weights[component.name], 0)) / weightSum;
}

export function stabilityOf(expectedChanges: number): number {
  if (expectedChanges <= 0) return 1;
  return expectedChanges <= 2 ? 0.6 : 0.2;
}

export function applicationComplexityOf(applications: number): number {
  return Math.max(0.2, 1 - 0.15 * (Math.max(1, applications) - 1));
}

export function quadrantOf(automationPotential: number, easeOfImplementation: number): ReadinessQuadrant {
  const highPotential = automationPotential >= QUADRANT_THRESHOLD;
  const easy = easeOfImplementation >= QUADRANT_THRESHOLD;
  if (highPotential) return easy ? 'QUICK_WIN' : 'STRATEGIC';
  return easy ? 'LOW_VALUE' : 'NOT_READY';
}

const QUADRANT_REASONS: Record<ReadinessQuadrant, string> = {
  QUICK_WIN: 'high potential and easy to implement: a candidate for a first pilot',
  STRATEGIC: 'high potential but hard to implement: worth preparing (stabilise, document, integrate)',
  LOW_VALUE: 'easy but little to gain: automate only alongside something bigger',
  NOT_READY: 'standardise or digitise the input first',
};

/** Readiness of one process (methodology section 3, method readiness-1). */
export function scoreReadiness(facts: ReadinessFacts, weights: EaseWeights = EQUAL_WEIGHTS): ReadinessScore {
  const weightProblems = validateWeights(weights);
  if (weightProblems.length > 0) throw new RangeError(weightProblems.join('; '));
  const warnings: string[] = [];
  const { steps } = facts;
  const e = facts.exceptionRate;

  let automatableShare = 0;
  let structuredShare = 0;
  let automatableShareReason: string;
  let structuredReason: string;
  if (steps.length === 0) {
    automatableShareReason = 'no workflow steps recorded: nothing can be shown to be automatable (a = 0)';
    structuredReason = 'no workflow steps recorded: structured input share 0';
    warnings.push('no workflow steps: describe the steps to get a readiness score');
  } else {
    const automatable = timeWeightedShare(steps, isStepAutomatable);
    const structured = timeWeightedShare(steps, (step) => step.inputType === StepInputType.STRUCTURED_DIGITAL);
    automatableShare = automatable.share;
    structuredShare = structured.share;
    const basis = automatable.byCount ? 'of the steps (no minutes recorded, counted per step)' : 'of the working time';
    const count = steps.filter(isStepAutomatable).length;
    automatableShareReason = `${count} of ${steps.length} steps are rule-based with structured digital input (or marked automatable): ${percent(automatableShare)} ${basis}`;
    structuredReason = `${percent(structuredShare)} ${structured.byCount ? 'of the steps' : 'of the working time'} takes structured digital input`;
  }
  const automationPotential = 100 * automatableShare * (1 - e);

  let standardisation = facts.standardisation?.value ?? UNKNOWN_STANDARDISATION;
  standardisation = Math.min(1, Math.max(0, standardisation));
  const standardisationReason = facts.standardisation
    ? facts.standardisation.source === 'MEASURED'
      ? `the most frequent variant covers ${percent(standardisation)} of cases (measured)`
      : `the owner estimates ${percent(standardisation)} of cases follow the standard path`
    : `unknown (no event log, no estimate): counted as ${UNKNOWN_STANDARDISATION}`;
  if (!facts.standardisation) warnings.push('standardisation unknown: counted as 0.5 until measured or estimated');

  const stability = stabilityOf(facts.expectedChanges12m);
  const complexity = applicationComplexityOf(facts.applicationCount);
  const components: EaseComponent[] = [
    {
      name: 'stability',
      value: stability,
      weight: weights.stability,
      reason: `${facts.expectedChanges12m} change(s) expected in 12 months: stability ${stability}`,
    },
    { name: 'standardisation', value: standardisation, weight: weights.standardisation, reason: standardisationReason },
    { name: 'structuredInput', value: structuredShare, weight: weights.structuredInput, reason: structuredReason },
    {
      name: 'applicationComplexity',
      value: complexity,
      weight: weights.applicationComplexity,
      reason: `${facts.applicationCount} application(s): complexity score ${complexity.toFixed(2)}`,
    },
    {
      name: 'documentation',
      value: facts.documentationAvailable ? 1 : 0,
      weight: weights.documentation,
      reason: facts.documentationAvailable ? 'the process is documented' : 'no documentation of the process',
    },
  ];
  const easeOfImplementation = easeOfImplementationOf(components, weights);
  const quadrant = quadrantOf(automationPotential, easeOfImplementation);

  return {
    methodVersion: READINESS_METHOD_VERSION,
    automatableShare,
    automatableShareReason,
    automationPotential,
    automationPotentialReason: `AP = 100 x a x (1 - e) = 100 x ${automatableShare.toFixed(3)} x (1 - ${e}) = ${automationPotential.toFixed(1)}`,
    easeOfImplementation,
    components,
    weights: { ...weights },
    quadrant,
    quadrantReason: `AP ${automationPotential.toFixed(1)}, EI ${easeOfImplementation.toFixed(1)}: ${QUADRANT_REASONS[quadrant]}`,
    warnings,
  };
}
