import { sampleNormal, seededRandom } from '../../../statistics/index.js';
import { type ClaimStatement } from '../claim.js';
import { pilotPlanOf, testClaim } from '../ex-post.js';
import type { PeriodEvidence } from '../period-evidence.js';
import { decisionRule } from '../pilot-plan.js';

/*
 * Reference values (python3, statistics.NormalDist, written out from the formula, not this code):
 *   z = z_0.975 + z_0.8 = 2.801585; handling mean 12, sd 6 (cv^2 0.25, two periods 0.5)
 *   -20% handling time: n = z^2 x 0.5 / ln(0.8)^2 = 78.815 -> 79; with a control of the same spread 157.63 -> 158
 *   -80% errors from 5%: n = z^2 x ((1 - 0.01)/0.01 + (1 - 0.05)/0.05) / ln(0.2)^2 = 357.55 -> 358
 */
function period(label: string, handling: { n: number; mean: number; sd: number } | null, errors: { n: number; events: number } | null = null): PeriodEvidence {
  return { label, startsOn: null, endsOn: null, grade: 'CASE_SAMPLE', cases: handling?.n ?? errors?.n ?? 0, months: 12, handling, lead: null, reaction: null, errors, annualVolume: 1000, serviceHoursPerWeek: null, handlingByMonth: null };
}
const TWENTY: ClaimStatement = { metric: 'HANDLING_TIME', direction: 'DECREASE', magnitude: 0.2 };
const BASELINE = period('2025', { n: 400, mean: 12, sd: 6 }, { n: 800, events: 40 });

describe('pilot plan: cases needed before a pilot (claims-2)', () => {
  it('sizes the pilot from the baseline spread alone, with a control from both', () => {
    expect(pilotPlanOf(TWENTY, BASELINE, null, null).pilotPlan).toMatchObject({ unitsPerPeriod: 79, unit: 'cases', power: 0.8, alpha: 0.05 });
    expect(pilotPlanOf(TWENTY, BASELINE, BASELINE, null).pilotPlan?.unitsPerPeriod).toBe(158);
    expect(pilotPlanOf({ metric: 'ERROR_RATE', direction: 'DECREASE', magnitude: 0.8 }, BASELINE, null, null).pilotPlan?.unitsPerPeriod).toBe(358);
  });

  it('never plans below the test minimum, and says why it cannot plan', () => {
    expect(pilotPlanOf({ metric: 'HANDLING_TIME', direction: 'DECREASE', magnitude: 0.5 }, BASELINE, null, null).pilotPlan?.unitsPerPeriod).toBe(30);
    expect(pilotPlanOf({ metric: 'AVAILABILITY', direction: 'INCREASE', magnitude: 0.2 }, BASELINE, null, null).pilotPlanNote).toMatch(/not a sample/);
    expect(pilotPlanOf(TWENTY, null, null, null).pilotPlanNote).toMatch(/no baseline/);
  });

  it('states the decision rule: a two-sided 95% interval is a one-sided 2.5% test', () => {
    expect(decisionRule(0.05)).toMatch(/two-sided 95% interval .* one-sided test at 2\.5%/);
    expect(testClaim({ claim: TWENTY, baseline: BASELINE, after: period('2026', { n: 400, mean: 9, sd: 4.5 }) }).decisionRule).toBe(decisionRule(0.05));
  });

  it('has the promised power: with the planned cases and no change at all, about 80% of pilots are CONTRADICTED', () => {
    const n = pilotPlanOf(TWENTY, BASELINE, null, null).pilotPlan!.unitsPerPeriod;
    const random = seededRandom(2026);
    const sample = (label: string) => {
      // Gamma-like positive times with mean 12 and sd 6: a normal cut at 0.5 minutes is close enough at cv 0.5.
      const values = Array.from({ length: n }, () => Math.max(0.5, sampleNormal(random, 12, 6)));
      const mean = values.reduce((sum, value) => sum + value, 0) / n;
      const sd = Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (n - 1));
      return period(label, { n, mean, sd });
    };
    const pilots = 400;
    let contradicted = 0;
    for (let i = 0; i < pilots; i += 1) if (testClaim({ claim: TWENTY, baseline: sample('before'), after: sample('after') }).verdict === 'CONTRADICTED') contradicted += 1;
    // Binomial standard error at 400 pilots is 0.02: 0.72..0.88 is four of them.
    expect(contradicted / pilots).toBeGreaterThan(0.72);
    expect(contradicted / pilots).toBeLessThan(0.88);
  });
});
