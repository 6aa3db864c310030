import { sampleNormal, seededRandom } from '../../../statistics/index.js';
import type { ClaimStatement } from '../claim.js';
import { pilotPlanOf, testClaim } from '../ex-post.js';
import type { PeriodEvidence } from '../period-evidence.js';
import { monthlyDifferenceInDifferences, type MonthlyMean } from '../monthly-did.js';

/*
 * Reference values (python3: numpy 2.4, scipy.stats.ttest_ind(equal_var=False) for the Welch
 * degrees of freedom, scipy.stats.t.ppf, scipy.stats.linregress), from the monthly means below:
 *   gaps g = ln(treated / control); effect = mean(g after) - mean(g before) = -0.4088048581595625
 *   se = 0.004556400470940199, df = 8.991013704937012, 95% CI -0.4191137227082572 .. -0.39849599361086785
 *   theta = 1 - exp(effect) = 0.335556119526381 (CI 0.3286710298083565 .. 0.342370596381666)
 *   pre-pilot gap slope 0.0004971658600860821 a month, p = 0.5015750395384414
 */
const months = (year: number, values: readonly number[]): MonthlyMean[] =>
  values.map((mean, index) => ({ month: `${year}-${String(index + 1).padStart(2, '0')}`, mean }));
const TREATED_BEFORE = months(2025, [12.1, 11.8, 12.6, 12.0, 11.5, 12.3, 12.2, 11.9, 12.4, 12.0, 11.7, 12.2]);
const CONTROL_BEFORE = months(2025, [10.2, 9.9, 10.5, 10.1, 9.6, 10.4, 10.1, 10.0, 10.3, 10.2, 9.8, 10.1]);
const TREATED_AFTER = months(2026, [8.1, 7.7, 8.4, 8.0, 7.6, 8.2]);
const CONTROL_AFTER = months(2026, [10.1, 9.8, 10.6, 10.0, 9.7, 10.3]);

function period(label: string, byMonth: MonthlyMean[], caseSd = 0.5): PeriodEvidence {
  const mean = byMonth.reduce((sum, month) => sum + month.mean, 0) / byMonth.length;
  const n = byMonth.length * 200;
  return {
    label, startsOn: null, endsOn: null, grade: 'CASE_SAMPLE', cases: n, months: byMonth.length,
    handling: { n, mean, sd: caseSd * mean }, lead: null, reaction: null, errors: null, annualVolume: n, serviceHoursPerWeek: null, handlingByMonth: byMonth,
  };
}
const CLAIM: ClaimStatement = { metric: 'HANDLING_TIME', direction: 'DECREASE', magnitude: 0.3 };

describe('difference in differences on monthly means (claims-2)', () => {
  it('matches the independently computed Welch estimate, interval and pre-trend', () => {
    const did = monthlyDifferenceInDifferences({ baseline: TREATED_BEFORE, after: TREATED_AFTER }, { baseline: CONTROL_BEFORE, after: CONTROL_AFTER }, 0.05);
    if ('reason' in did) throw new Error(did.reason);
    expect(did.logRatio).toBeCloseTo(-0.4088048581595625, 13);
    expect(did.se).toBeCloseTo(0.004556400470940199, 14);
    expect(did.degreesOfFreedom).toBeCloseTo(8.991013704937012, 10);
    expect(did.interval[0]).toBeCloseTo(-0.4191137227082572, 10);
    expect(did.interval[1]).toBeCloseTo(-0.39849599361086785, 10);
    expect(did.preTrend).toMatchObject({ months: 12, parallel: true });
    expect(did.preTrend?.slopePerMonth).toBeCloseTo(0.0004971658600860821, 14);
    expect(did.preTrend?.pValue).toBeCloseTo(0.5015750395384414, 9);
  });

  it('is what testClaim uses when all four periods have monthly means, stating its assumption', () => {
    const result = testClaim({
      claim: CLAIM,
      baseline: period('2025', TREATED_BEFORE),
      after: period('2026', TREATED_AFTER),
      control: { name: 'Control', baseline: period('2025', CONTROL_BEFORE), after: period('2026', CONTROL_AFTER) },
    });
    expect(result.method).toBe('MONTHLY_DID');
    expect(result.estimate).toBeCloseTo(0.335556119526381, 12);
    expect(result.lower).toBeCloseTo(0.3286710298083565, 9);
    expect(result.upper).toBeCloseTo(0.342370596381666, 9);
    expect(result.verdict).toBe('SUPPORTED');
    expect(result.assumption).toMatch(/^parallel trends: /);
    expect(result.notes.join(' ')).toMatch(/12 and 6 months as the units/);
  });

  it('plans a controlled pilot in months from the spread of the gap to the control', () => {
    // python3: 2 var(g before) (z_0.975 + z_0.8)^2 / ln(0.99)^2 = 10.75 -> 11 months per period
    const plan = pilotPlanOf({ ...CLAIM, magnitude: 0.01 }, period('2025', TREATED_BEFORE), period('2025', CONTROL_BEFORE), null).pilotPlan;
    expect(plan).toMatchObject({ unit: 'months', unitsPerPeriod: 11 });
    expect(plan?.explanation).toMatch(/month-to-month spread of the gap to the control over 12 baseline months/);
  });

  it('warns when the gap to the control drifted before the pilot', () => {
    const drifting = TREATED_BEFORE.map((month, index) => ({ ...month, mean: month.mean * (1 + 0.02 * index) }));
    const result = testClaim({
      claim: CLAIM,
      baseline: period('2025', drifting),
      after: period('2026', TREATED_AFTER),
      control: { name: 'Control', baseline: period('2025', CONTROL_BEFORE), after: period('2026', CONTROL_AFTER) },
    });
    expect(result.preTrend?.parallel).toBe(false);
    expect(result.notes.join(' ')).toMatch(/parallel trends doubtful: before the pilot the gap to the control drifted 1\.\d\d% a month/);
  });

  it('falls back to cases, saying what it does not count, when a period has no monthly means', () => {
    const result = testClaim({
      claim: CLAIM,
      baseline: { ...period('2025', TREATED_BEFORE), handlingByMonth: null },
      after: period('2026', TREATED_AFTER),
      control: { name: 'Control', baseline: period('2025', CONTROL_BEFORE), after: period('2026', CONTROL_AFTER) },
    });
    expect(result.method).toBe('DELTA_LOG');
    expect(result.notes.join(' ')).toMatch(/counts case-level sampling only, not shocks of a whole month/);
  });

  it('covers the true effect about 95% of the time when months have shocks of their own, where case-level intervals do not', () => {
    // 300 synthetic pilots: a true -30% effect, 200 cases a month (cv 0.5), and a 5% shock per
    // month and process that the other process does not share.
    const random = seededRandom(20261202);
    const truth = 0.3;
    const pilot = (effect: number, monthsCount: number, year: number) =>
      months(year, Array.from({ length: monthsCount }, () => 10 * effect * Math.exp(sampleNormal(random, 0, 0.05)) * (1 + sampleNormal(random, 0, 0.5 / Math.sqrt(200)))));
    let monthlyCovers = 0;
    let caseCovers = 0;
    const runs = 300;
    for (let i = 0; i < runs; i += 1) {
      const input = {
        claim: CLAIM,
        baseline: period('before', pilot(1, 12, 2025)),
        after: period('after', pilot(1 - truth, 6, 2026)),
        control: { name: 'Control', baseline: period('before', pilot(1, 12, 2025)), after: period('after', pilot(1, 6, 2026)) },
      };
      const monthly = testClaim(input);
      const cases = testClaim({ ...input, baseline: { ...input.baseline, handlingByMonth: null } });
      if (monthly.lower! <= truth && truth <= monthly.upper!) monthlyCovers += 1;
      if (cases.lower! <= truth && truth <= cases.upper!) caseCovers += 1;
    }
    expect(monthlyCovers / runs).toBeGreaterThan(0.9);
    expect(monthlyCovers / runs).toBeLessThan(0.99);
    expect(caseCovers / runs).toBeLessThan(0.8);
  });
});
