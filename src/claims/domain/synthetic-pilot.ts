import { sampleNormal, seededRandom } from '../../statistics/index.js';

/** One synthetic case: minutes of work, hours to first response, whether it had an error. */
export interface SyntheticCase {
  handlingMinutes: number;
  reactionHours: number;
  leadHours: number;
  error: boolean;
}

/**
 * The true effects of the demo pilot (the "automated invoice process" of the demo gmina), fixed so
 * that the template petition's claims come out some supported and some not:
 * handling time -55% (claim -50%: supported), errors -60% (claim -80%: contradicted), reaction
 * time -20% (claim -40%: contradicted), service hours 40 -> 60 a week, +50% (claim +24%: supported).
 */
export const DEMO_PILOT_EFFECTS = {
  handlingTime: 0.55,
  errorRate: 0.6,
  reactionTime: 0.2,
  serviceHoursBefore: 40,
  serviceHoursAfter: 60,
} as const;

export interface SyntheticPeriodSpec {
  cases: number;
  /** Mean handling minutes; lognormal with the given coefficient of variation. */
  meanMinutes: number;
  minutesCv: number;
  meanReactionHours: number;
  errorRate: number;
}

/** Lognormal draw with a given mean and coefficient of variation. */
function lognormal(random: ReturnType<typeof seededRandom>, mean: number, cv: number): number {
  const sigma2 = Math.log(1 + cv * cv);
  return Math.exp(sampleNormal(random, Math.log(mean) - sigma2 / 2, Math.sqrt(sigma2)));
}

/** Seeded cases of one period; the same seed and spec always give the same cases. */
export function syntheticCases(spec: SyntheticPeriodSpec, seed: number): SyntheticCase[] {
  const random = seededRandom(seed);
  return Array.from({ length: spec.cases }, () => {
    const handlingMinutes = lognormal(random, spec.meanMinutes, spec.minutesCv);
    const reactionHours = lognormal(random, spec.meanReactionHours, 0.8);
    const waitingHours = lognormal(random, 48, 0.6);
    return { handlingMinutes, reactionHours, leadHours: reactionHours + waitingHours, error: random.next() < spec.errorRate };
  });
}

/** The after period of a pilot with known relative reductions of the baseline's means. */
export function afterPeriodSpec(baseline: SyntheticPeriodSpec, cases: number, effects: { handlingTime: number; errorRate: number; reactionTime: number }): SyntheticPeriodSpec {
  return {
    cases,
    meanMinutes: baseline.meanMinutes * (1 - effects.handlingTime),
    minutesCv: baseline.minutesCv,
    meanReactionHours: baseline.meanReactionHours * (1 - effects.reactionTime),
    errorRate: baseline.errorRate * (1 - effects.errorRate),
  };
}
