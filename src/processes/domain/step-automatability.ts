import { StepInputType } from './process.enums.js';

export interface StepAutomatabilityFacts {
  ruleBased: boolean;
  inputType: StepInputType;
  automatableOverride: boolean | null;
}

/**
 * Methodology section 3: a step counts as automatable when it is rule-based AND takes
 * structured digital input, unless a person marked it otherwise (with a reason).
 */
export function isStepAutomatable(step: StepAutomatabilityFacts): boolean {
  if (step.automatableOverride !== null) return step.automatableOverride;
  return step.ruleBased && step.inputType === StepInputType.STRUCTURED_DIGITAL;
}
