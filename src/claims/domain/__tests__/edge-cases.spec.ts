import { validateClaim } from '../claim.js';
import { assessPlausibility, type ProcessStructure } from '../ex-ante.js';
import { testClaim } from '../ex-post.js';
import type { PeriodEvidence } from '../period-evidence.js';

const STRUCTURE: ProcessStructure = {
  automatableShare: 5.5 / 9,
  exceptionRate: 0.12,
  errorShareInAutomatableSteps: null,
  digitalInputShare: 1,
  serviceHoursPerWeek: 40,
  hasWaitingTimeData: false,
  relativeCostChange: { p10: -0.25, p50: -0.1, p90: 0.05 },
};
const OPTIONS = { seed: 11, draws: 5000 };

function period(overrides: Partial<PeriodEvidence>): PeriodEvidence {
  return { label: 'p', startsOn: null, endsOn: null, grade: 'CASE_SAMPLE', cases: 100, months: 12, handling: null, lead: null, reaction: null, errors: null, annualVolume: 1000, serviceHoursPerWeek: null, handlingByMonth: null, ...overrides };
}

describe('claims: edge cases', () => {
  it('refuses a magnitude outside 0..10, a decrease above 100% and a claim against the metric', () => {
    expect(validateClaim({ metric: 'HANDLING_TIME', direction: 'DECREASE', magnitude: 11 })[0].path).toBe('input.magnitude');
    expect(validateClaim({ metric: 'HANDLING_TIME', direction: 'DECREASE', magnitude: 1.5 })[0].message).toMatch(/cannot exceed 1/);
    expect(validateClaim({ metric: 'AVAILABILITY', direction: 'DECREASE', magnitude: 0.2 })[0].path).toBe('input.direction');
    expect(validateClaim({ metric: 'ERROR_RATE', direction: 'DECREASE', magnitude: 0.8 })).toEqual([]);
  });

  it('judges -50% handling time against the Amdahl bound a (1 - e)', () => {
    // a (1 - e) = 0.6111 x 0.88 = 0.5378: -50% is within the median bound.
    const plausible = assessPlausibility({ metric: 'HANDLING_TIME', direction: 'DECREASE', magnitude: 0.5 }, STRUCTURE, OPTIONS);
    expect(plausible.verdict).toBe('PLAUSIBLE');
    expect(plausible.bound!.p50).toBeGreaterThan(0.5);
    expect(plausible.bound!.p50).toBeLessThan(0.56);
    expect(plausible.explanation).toMatch(/^-50% handling time needs 50% of the work automated; the automatable share net of exceptions is 5\d% \(P10-P90 \d\d%-\d\d%\)$/);
    expect(assessPlausibility({ metric: 'HANDLING_TIME', direction: 'DECREASE', magnitude: 0.9 }, STRUCTURE, OPTIONS).verdict).toBe('IMPLAUSIBLE');
  });

  it('states the assumption for errors, needs waiting data for lead time, and service hours for availability', () => {
    const errors = assessPlausibility({ metric: 'ERROR_RATE', direction: 'DECREASE', magnitude: 0.8 }, STRUCTURE, OPTIONS);
    expect(errors.verdict).toBe('IMPLAUSIBLE');
    expect(errors.assumptions[0]).toMatch(/in proportion to the work/);
    const lead = assessPlausibility({ metric: 'LEAD_TIME', direction: 'DECREASE', magnitude: 0.4 }, STRUCTURE, OPTIONS);
    expect(lead).toMatchObject({ verdict: 'UNDETERMINED', missingInputs: ['event-log baseline with lead and reaction times'] });
    const availability = assessPlausibility({ metric: 'AVAILABILITY', direction: 'INCREASE', magnitude: 0.24 }, STRUCTURE, OPTIONS);
    expect(availability.verdict).toBe('PLAUSIBLE');
    expect(availability.bound!.p50).toBeCloseTo(168 / 40 - 1, 12);
    const noHours = assessPlausibility({ metric: 'AVAILABILITY', direction: 'INCREASE', magnitude: 0.24 }, { ...STRUCTURE, serviceHoursPerWeek: null }, OPTIONS);
    expect(noHours.verdict).toBe('UNDETERMINED');
  });

  it('reads the cost claim against the savings model distribution', () => {
    // Reduction P50 10%, P90 25%: -30% is beyond P90.
    expect(assessPlausibility({ metric: 'COST_PER_CASE', direction: 'DECREASE', magnitude: 0.3 }, STRUCTURE, OPTIONS).verdict).toBe('IMPLAUSIBLE');
    expect(assessPlausibility({ metric: 'COST_PER_CASE', direction: 'DECREASE', magnitude: 0.2 }, STRUCTURE, OPTIONS).verdict).toBe('OPTIMISTIC');
  });

  it('says what is missing instead of failing: no touch time, zero errors, a mean of zero', () => {
    const withoutTouch = testClaim({
      claim: { metric: 'HANDLING_TIME', direction: 'DECREASE', magnitude: 0.5 },
      baseline: period({ label: 'log 2025' }),
      after: period({ label: 'log 2026', handling: { n: 100, mean: 5, sd: 2 } }),
    });
    expect(withoutTouch.verdict).toBe('INSUFFICIENT_DATA');
    expect(withoutTouch.explanation).toMatch(/handling time was not measured in the baseline/);
    const noErrors = testClaim({
      claim: { metric: 'ERROR_RATE', direction: 'DECREASE', magnitude: 0.8 },
      baseline: period({ errors: { n: 200, events: 0 } }),
      after: period({ errors: { n: 200, events: 0 } }),
    });
    expect(noErrors.verdict).toBe('INCONCLUSIVE');
    expect(noErrors.notes).toContain('a zero cell: 0.5 added to every cell (Katz)');
    const zeroMean = testClaim({
      claim: { metric: 'HANDLING_TIME', direction: 'DECREASE', magnitude: 0.5 },
      baseline: period({ handling: { n: 50, mean: 0, sd: 0 } }),
      after: period({ handling: { n: 50, mean: 1, sd: 1 } }),
    });
    expect(zeroMean.verdict).toBe('INSUFFICIENT_DATA');
  });

  it('bootstraps small samples (seeded) when the auditor lowers the minimum, and treats monthly totals with months as samples', () => {
    const values = (base: number) => Array.from({ length: 20 }, (_, i) => base + (i % 5));
    const small = (minCases?: number) =>
      testClaim({
        claim: { metric: 'HANDLING_TIME', direction: 'DECREASE', magnitude: 0.3 },
        baseline: period({ handling: { n: 20, mean: 12, sd: 1.45, values: values(10) }, grade: 'CASE_SAMPLE' }),
        after: period({ handling: { n: 20, mean: 6, sd: 1.45, values: values(4) } }),
        options: minCases === undefined ? {} : { minCases },
      });
    expect(small().verdict).toBe('INSUFFICIENT_DATA');
    const bootstrapped = small(10);
    // Means 12 and 6: theta = 0.5, and every resample keeps the reduction far above 30%.
    expect(bootstrapped).toMatchObject({ method: 'BOOTSTRAP', verdict: 'SUPPORTED' });
    expect(bootstrapped.estimate).toBeCloseTo(0.5, 12);
    expect(small(10)).toEqual(bootstrapped);
    const months = (mean: number) => period({ grade: 'MONTHLY_TOTALS', handling: { n: 6, mean, sd: 0.8 } });
    const monthly = testClaim({ claim: { metric: 'HANDLING_TIME', direction: 'DECREASE', magnitude: 0.3 }, baseline: months(10), after: months(5) });
    expect(monthly.method).toBe('MONTHS_DELTA');
    expect(monthly.verdict).toBe('SUPPORTED');
    const twoMonths = testClaim({ claim: { metric: 'HANDLING_TIME', direction: 'DECREASE', magnitude: 0.3 }, baseline: { ...months(10), handling: { n: 2, mean: 10, sd: 1 } }, after: months(5) });
    expect(twoMonths.verdict).toBe('INSUFFICIENT_DATA');
  });

  it('reports cases needed only when a realistic sample could decide, and says why not otherwise', () => {
    const measured = (afterMean: number, afterSd: number) =>
      testClaim({
        claim: { metric: 'HANDLING_TIME', direction: 'DECREASE', magnitude: 0.5 },
        baseline: period({ handling: { n: 30, mean: 10, sd: 8 } }),
        after: period({ handling: { n: 30, mean: afterMean, sd: afterSd } }),
      });
    // Measured 49.9% against a promised 50%: millions of cases per period would be needed.
    const equal = measured(5.01, 4);
    expect(equal.verdict).toBe('INCONCLUSIVE');
    expect(equal.casesNeededPerPeriod).toBeNull();
    expect(equal.explanation).toMatch(/no realistic sample decides it \(post hoc, about \d{7,} cases per period\): the measurements agree with the promise/);
    // Measured 35% with 30 noisy cases: about 140 cases per period decide, and that is said.
    const near = measured(6.5, 5);
    expect(near.verdict).toBe('INCONCLUSIVE');
    expect(near.casesNeededPerPeriod).toBeGreaterThan(30);
    expect(near.casesNeededPerPeriod).toBeLessThanOrEqual(3000);
    expect(near.explanation).toMatch(new RegExp(`about ${near.casesNeededPerPeriod} cases per period would decide`));
  });

  it('compares service hours for availability, without an interval', () => {
    const result = testClaim({
      claim: { metric: 'AVAILABILITY', direction: 'INCREASE', magnitude: 0.24 },
      baseline: period({ serviceHoursPerWeek: 40 }),
      after: period({ serviceHoursPerWeek: 60 }),
    });
    expect(result).toMatchObject({ verdict: 'SUPPORTED', method: 'SERVICE_HOURS' });
    expect(result.estimate).toBeCloseTo(0.5, 12);
  });
});
