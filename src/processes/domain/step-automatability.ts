import { StepInputType } from './process.enums.js';

export interface StepAutomatabilityFacts {
  ruleBased: boolean;
  /** The enum or its string value (as the web app holds it). */
  inputType: StepInputType | `${StepInputType}`;
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

/**
 * Share of the work (by minutes) in steps matching `matches`. Steps that all have zero minutes
 * carry no time to weigh, so every step counts once instead (stated in the reason).
 */
export function timeWeightedShare<Step extends { minutesPerCase: number }>(
  steps: readonly Step[],
  matches: (step: Step) => boolean,
): { share: number; byCount: boolean } {
  const totalMinutes = steps.reduce((sum, step) => sum + step.minutesPerCase, 0);
  if (totalMinutes > 0) {
    const matched = steps.filter(matches).reduce((sum, step) => sum + step.minutesPerCase, 0);
    return { share: matched / totalMinutes, byCount: false };
  }
  return { share: steps.length === 0 ? 0 : steps.filter(matches).length / steps.length, byCount: true };
}

/** Methodology section 3: a, the automatable share of the working time (0 without steps). */
export function automatableShareOf(steps: readonly (StepAutomatabilityFacts & { minutesPerCase: number })[]): number {
  return timeWeightedShare(steps, isStepAutomatable).share;
}

/**
 * Share of the working time with digital input (every step not on paper), weighed as
 * timeWeightedShare weighs: cases can then arrive outside office hours (0 without steps).
 */
export function digitalInputShareOf(steps: readonly { inputType: StepInputType | `${StepInputType}`; minutesPerCase: number }[]): number {
  return timeWeightedShare(steps, (step) => step.inputType !== StepInputType.PAPER).share;
}
