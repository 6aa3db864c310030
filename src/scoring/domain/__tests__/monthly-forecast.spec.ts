import type { BaselineFigures, MonthFigures } from '../../../measurements/domain/baseline-figures.js';
import { EvidenceGrade } from '../../../measurements/domain/measurement.enums.js';
import { chooseEstimatorInputs } from '../evidence-inputs.js';

/*
 * Reference values (python3, numpy 2.4 and scipy 1.17, written out from the formulas):
 *   level: y = the 12 monthly volumes below; trend p = 0.956 (none); V = 12 mean = 24 045,
 *          se = 12 sd sqrt(1/36 + 1/12) = 296.17255412711995 over a 3-year horizon
 *   trend: y = 812..987 (scipy linregress p = 8.8e-6); mean of months 12..47 on the line
 *          1 263.229020979021 -> V = 15 158.748251748252, se = 12 x 45.25610789444242
 */
const LEVEL = [2010, 1905, 2120, 1980, 2050, 1890, 2075, 1960, 2100, 1940, 2030, 1985];
const RISING = [812, 845, 790, 880, 861, 905, 899, 930, 918, 960, 944, 987];

const duration = (n: number, mean: number | null, sd: number | null) => ({
  unit: 'MINUTES' as const, n, mean, sd, median: mean, p90: mean, ciLower: null, ciUpper: null, ciMethod: 'NONE' as const,
});

function figures(volumes: readonly number[], handling: readonly (number | null)[] = volumes.map(() => 8)): BaselineFigures {
  const cases = volumes.reduce((sum, value) => sum + value, 0);
  const monthlySeries: MonthFigures[] = volumes.map((volume, index) => ({
    month: `2025-${String(index + 1).padStart(2, '0')}`,
    whole: true,
    cases: volume,
    handlingN: handling[index] === null ? 0 : volume,
    handlingMean: handling[index],
  }));
  return {
    grade: EvidenceGrade.CASE_SAMPLE, cases, events: null, activities: null,
    firstReceivedAt: '2025-01-01T00:00:00.000Z', lastReceivedAt: '2025-12-31T00:00:00.000Z', coveredDays: 365,
    annualVolume: (cases * 365) / 365, months: volumes.length, monthlyVolumeMean: null, monthlyVolumeSd: null,
    touchTime: duration(cases, 8, 4), leadTime: { ...duration(0, null, null), unit: 'HOURS' }, reactionTime: { ...duration(0, null, null), unit: 'HOURS' },
    errorRate: { n: cases, count: 100, rate: 100 / cases, ciLower: null, ciUpper: null }, reworkRate: { n: 0, count: 0, rate: null, ciLower: null, ciUpper: null },
    variants: null, topVariantShare: null, coverage: [], flags: [], monthlySeries,
  };
}
const ESTIMATES = { monthlyVolume: 50, handlingMinutes: 10, errorRate: 0.1 };
const choose = (baseline: BaselineFigures, horizonYears = 3) => chooseEstimatorInputs({ periodId: 'p', periodLabel: '2025', figures: baseline }, ESTIMATES, horizonYears);

describe('forecast from month-to-month variation (savings-2)', () => {
  it('draws the volume from the months\u2019 level when no trend is significant', () => {
    const { annualVolume } = choose(figures(LEVEL));
    expect(annualVolume.forecast).toMatchObject({ model: 'LEVEL', months: 12, horizonMonths: 36 });
    expect(annualVolume.value).toBeCloseTo(24_045, 9);
    expect(annualVolume.uncertainty).toEqual({ kind: 'FORECAST', standardError: expect.closeTo(296.17255412711995, 9) as number, degreesOfFreedom: 11 });
    expect(annualVolume.note).toMatch(/on the level of 12 whole months \(no significant trend, p = 0\.96\)/);
    // Wider than the counting error alone (sqrt(24 045) = 155): the months vary 3.7%.
    expect((annualVolume.uncertainty as { standardError: number }).standardError).toBeGreaterThan(155);
  });

  it('extrapolates a significant trend over the horizon and says so', () => {
    const { annualVolume } = choose(figures(RISING));
    expect(annualVolume.forecast).toMatchObject({ model: 'TREND', months: 12 });
    expect(annualVolume.value).toBeCloseTo(15_158.74825174825, 8);
    expect(annualVolume.uncertainty).toEqual({ kind: 'FORECAST', standardError: expect.closeTo(12 * 45.25610789444242, 8) as number, degreesOfFreedom: 10 });
    expect(annualVolume.note).toMatch(/on the trend of 12 whole months \(\+15\.4 cases a month, p < 0\.001\)/);
  });

  it('points out a trend that carries the forecast far from the months\u2019 level, or down to 0', () => {
    // The months' level is 894.25 a month (10 731 a year); the line, 36 months on, 15 158.7: 41% above.
    expect(choose(figures(RISING)).warnings).toContain(
      "annual volume: the trend of 12 whole months, carried over 3 year(s), puts the forecast 41% above the months' level: check that it will go on (a month still filling, a one-off change)",
    );
    expect(choose(figures(LEVEL)).warnings.some((warning) => warning.includes('trend'))).toBe(false);
    // Falling 12 cases a month from 1 000 (scipy: level 11 208 a year, the line 7 729.85): 31% below.
    const easing = choose(figures([1003, 986, 977, 961, 954, 940, 927, 918, 902, 893, 880, 867]));
    expect(easing.annualVolume.value).toBeCloseTo(7_729.846153846154, 8);
    expect(easing.warnings).toContain(
      "annual volume: the trend of 12 whole months, carried over 3 year(s), puts the forecast 31% below the months' level: check that it will go on (a month still filling, a one-off change)",
    );
    // Falling by about 70 cases a month from 900: the line is below 0 by the middle of the horizon.
    const falling = [905, 830, 770, 690, 640, 550, 480, 420, 340, 270, 210, 130];
    const { annualVolume, warnings } = choose(figures(falling));
    expect(annualVolume.value).toBe(0);
    expect(warnings).toContain(
      "annual volume: the trend of 12 whole months reaches 0 within 3 year(s), so the forecast is cut at 0: check that the baseline's last months are complete and that the decline will go on",
    );
  });

  it('forecasts handling minutes from the monthly means the same way', () => {
    const { handlingMinutes } = choose(figures(LEVEL, [8.1, 7.9, 8.4, 8.0, 7.7, 8.2, 8.1, 7.8, 8.3, 8.0, 7.9, 8.2]));
    expect(handlingMinutes.forecast?.model).toBe('LEVEL');
    expect(handlingMinutes.value).toBeCloseTo(8.05, 12);
  });

  it('keeps the sampling error, with a warning, below 6 whole months or without a series', () => {
    const short = choose(figures(LEVEL.slice(0, 5)));
    expect(short.annualVolume.forecast).toBeUndefined();
    expect(short.warnings).toContain('fewer than 6 whole months measured: ranges count sampling error only, not month-to-month variation');
    const old = choose({ ...figures(LEVEL), monthlySeries: undefined });
    expect(old.warnings).toContain('baseline figures without monthly series (computed before baseline-2): ranges count sampling error only');
  });
});
