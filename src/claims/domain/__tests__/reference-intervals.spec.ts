import { casesNeededPerPeriod, claimedLogRatio, testClaim } from '../ex-post.js';
import type { PeriodEvidence } from '../period-evidence.js';

/*
 * Reference values computed independently in python3 with the standard library only
 * (statistics.NormalDist for z = 1.959964, math for logs), from the formulas of the methodology:
 *   delta:  log R = ln(6.5/12) = -0.6131044728864089, se = sqrt(3.5^2/(380*6.5^2) + 6^2/(400*12^2)) = 0.03725590127759935
 *           theta = 0.45833333333333337, CI 0.41730084103222764 .. 0.4964764007939727
 *   DiD:    control 10 -> 9.5 (sd 5, n 300/310): log R = -0.5618111784988583, se = 0.05581138510816737,
 *           theta = 0.4298245614035088, CI 0.36391487086596097 .. 0.48890484010954705
 *   Katz:   errors 40/800 -> 10/790: RR = 0.2531645569620253, se = 0.3499773952917386,
 *           theta = 0.7468354430379747, CI 0.4973054193052546 .. 0.8725025186999226
 *   n per period at r = 0.5 for the delta case: (1.959964 + 0.841621)^2 cv^2 / (log R - ln 0.5)^2 = 661.47 -> 662
 */
function period(label: string, handling: { n: number; mean: number; sd: number } | null, errors: { n: number; events: number } | null): PeriodEvidence {
  return { label, startsOn: null, endsOn: null, grade: 'CASE_SAMPLE', cases: handling?.n ?? errors?.n ?? 0, months: 12, handling, lead: null, reaction: null, errors, annualVolume: 1000, serviceHoursPerWeek: null, handlingByMonth: null };
}

const BEFORE = period('2025', { n: 400, mean: 12, sd: 6 }, { n: 800, events: 40 });
const AFTER = period('2026', { n: 380, mean: 6.5, sd: 3.5 }, { n: 790, events: 10 });

describe('ex-post intervals against independently computed values (1e-6)', () => {
  it('ratio of means by the delta method on the log scale', () => {
    const result = testClaim({ claim: { metric: 'HANDLING_TIME', direction: 'DECREASE', magnitude: 0.4 }, baseline: BEFORE, after: AFTER });
    expect(result.logStandardError).toBeCloseTo(0.03725590127759935, 9);
    expect(result.estimate).toBeCloseTo(0.45833333333333337, 9);
    expect(result.lower).toBeCloseTo(0.41730084103222764, 6);
    expect(result.upper).toBeCloseTo(0.4964764007939727, 6);
    expect(result.verdict).toBe('SUPPORTED');
  });

  it('difference in differences against a control process', () => {
    const control = { name: 'control', baseline: period('2025', { n: 300, mean: 10, sd: 5 }, null), after: period('2026', { n: 310, mean: 9.5, sd: 5 }, null) };
    const result = testClaim({ claim: { metric: 'HANDLING_TIME', direction: 'DECREASE', magnitude: 0.4 }, baseline: BEFORE, after: AFTER, control });
    expect(result.differenceInDifferences).toBe(true);
    expect(result.logStandardError).toBeCloseTo(0.05581138510816737, 9);
    expect(result.estimate).toBeCloseTo(0.4298245614035088, 9);
    expect(result.lower).toBeCloseTo(0.36391487086596097, 6);
    expect(result.upper).toBeCloseTo(0.48890484010954705, 6);
    // The control's own 5% drift takes the effect below the claim's certainty: inconclusive.
    expect(result.verdict).toBe('INCONCLUSIVE');
  });

  it('risk ratio of errors with the Katz log interval', () => {
    const result = testClaim({ claim: { metric: 'ERROR_RATE', direction: 'DECREASE', magnitude: 0.8 }, baseline: BEFORE, after: AFTER });
    expect(result.method).toBe('KATZ');
    expect(result.ratio).toBeCloseTo(0.2531645569620253, 9);
    expect(result.logStandardError).toBeCloseTo(0.3499773952917386, 9);
    expect(result.lower).toBeCloseTo(0.4973054193052546, 6);
    expect(result.upper).toBeCloseTo(0.8725025186999226, 6);
    expect(result.verdict).toBe('INCONCLUSIVE');
  });

  it('cases needed per period to decide at the observed effect, 80% power', () => {
    const cv2 = (3.5 / 6.5) ** 2 + (6 / 12) ** 2;
    expect(casesNeededPerPeriod(Math.log(6.5 / 12), cv2, claimedLogRatio({ metric: 'HANDLING_TIME', direction: 'DECREASE', magnitude: 0.5 }), 0.05)).toBe(662);
    const contradicted = testClaim({ claim: { metric: 'HANDLING_TIME', direction: 'DECREASE', magnitude: 0.5 }, baseline: BEFORE, after: AFTER });
    expect(contradicted.verdict).toBe('CONTRADICTED');
    expect(contradicted.casesNeededPerPeriod).toBeNull();
    // r = 0.47 lies inside the interval: (2.801585)^2 cv^2 / (log R - ln 0.53)^2 = 8938.93 -> 8939
    const inconclusive = testClaim({ claim: { metric: 'HANDLING_TIME', direction: 'DECREASE', magnitude: 0.47 }, baseline: BEFORE, after: AFTER });
    expect(inconclusive.verdict).toBe('INCONCLUSIVE');
    expect(inconclusive.casesNeededPerPeriod).toBe(8939);
  });
});
