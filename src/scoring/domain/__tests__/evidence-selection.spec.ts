import type { BaselineFigures } from '../../../measurements/domain/baseline-figures.js';
import { EvidenceGrade } from '../../../measurements/domain/measurement.enums.js';
import { chooseEstimatorInputs, inputStrategyFor } from '../evidence-inputs.js';

const duration = (n: number, mean: number | null, sd: number | null) => ({
  unit: 'MINUTES' as const, n, mean, sd, median: mean, p90: mean, ciLower: null, ciUpper: null, ciMethod: 'NONE' as const,
});

function figures(overrides: Partial<BaselineFigures>): BaselineFigures {
  return {
    grade: EvidenceGrade.CASE_SAMPLE,
    cases: 400,
    events: null,
    activities: null,
    firstReceivedAt: '2025-01-01T00:00:00.000Z',
    lastReceivedAt: '2025-12-31T00:00:00.000Z',
    coveredDays: 365,
    annualVolume: 400,
    months: 12,
    monthlyVolumeMean: 33.3,
    monthlyVolumeSd: 4,
    touchTime: duration(400, 8, 4),
    leadTime: { ...duration(400, 20, 10), unit: 'HOURS' },
    reactionTime: { ...duration(400, 2, 1), unit: 'HOURS' },
    errorRate: { n: 400, count: 20, rate: 0.05, ciLower: 0.03, ciUpper: 0.08 },
    reworkRate: { n: 400, count: 0, rate: 0, ciLower: 0, ciUpper: 0.01 },
    variants: null,
    topVariantShare: null,
    coverage: [],
    flags: [],
    ...overrides,
  };
}

const ESTIMATES = { monthlyVolume: 50, handlingMinutes: 10, errorRate: 0.1 };

describe('inputs from the best evidence', () => {
  it('uses the owner estimates with +-30% ranges when nothing is measured', () => {
    const inputs = chooseEstimatorInputs(null, ESTIMATES, 3);
    expect(inputStrategyFor(null).name).toBe('ESTIMATE_ONLY');
    expect(inputs.grade).toBe('ESTIMATE');
    expect(inputs.sampleSize).toBe(0);
    expect(inputs.annualVolume).toMatchObject({ value: 600, source: 'ESTIMATE', uncertainty: { kind: 'TRIANGULAR', spread: 0.3 } });
    expect(inputs.warnings).toEqual(['estimate only, no measurements']);
  });

  it('takes volume, minutes and errors from case records with their sampling errors', () => {
    const inputs = chooseEstimatorInputs({ periodId: 'p', periodLabel: '2025', figures: figures({}) }, ESTIMATES, 3);
    expect(inputs.grade).toBe('CASE_SAMPLE');
    expect(inputs.sampleSize).toBe(400);
    // se(V) = sqrt(400) x 365 / 365 = 20; se(h) = 4 / sqrt(400) = 0.2
    expect(inputs.annualVolume).toMatchObject({ value: 400, source: 'BASELINE', uncertainty: { kind: 'NORMAL', standardError: 20 } });
    expect(inputs.handlingMinutes).toMatchObject({ value: 8, source: 'BASELINE', uncertainty: { kind: 'NORMAL', standardError: 0.2 } });
    expect(inputs.errorRate).toMatchObject({ value: 0.05, uncertainty: { kind: 'BETA', successes: 20, trials: 400 } });
    expect(inputs.baselinePeriodId).toBe('p');
  });

  it('falls back to the estimate for touch time an event log does not have, and says so', () => {
    const log = figures({ grade: EvidenceGrade.EVENT_LOG, touchTime: duration(0, null, null) });
    const inputs = chooseEstimatorInputs({ periodId: 'p', periodLabel: 'log', figures: log }, ESTIMATES, 3);
    expect(inputs.handlingMinutes).toMatchObject({ value: 10, source: 'ESTIMATE' });
    expect(inputs.grade).toBe('ESTIMATE');
    expect(inputs.warnings).toContain(`baseline "log" has no touch time: handling minutes are the owner's estimate`);
  });

  it('treats months as the sample units for monthly totals', () => {
    const monthly = figures({ grade: EvidenceGrade.MONTHLY_TOTALS, months: 9, monthlyVolumeMean: 100, monthlyVolumeSd: 15, touchTime: duration(9, 7, 1.5) });
    const inputs = chooseEstimatorInputs({ periodId: 'p', periodLabel: 'totals', figures: monthly }, ESTIMATES, 3);
    expect(inputStrategyFor({ periodId: 'p', periodLabel: 'totals', figures: monthly }).name).toBe('MONTHLY_TOTALS');
    // V = 12 x 100; se = 12 x 15 / sqrt(9) = 60; se(h) = 1.5 / 3 = 0.5
    expect(inputs.annualVolume).toMatchObject({ value: 1200, uncertainty: { kind: 'NORMAL', standardError: 60 } });
    expect(inputs.handlingMinutes).toMatchObject({ value: 7, uncertainty: { kind: 'NORMAL', standardError: 0.5 } });
    expect(inputs.grade).toBe('MONTHLY_TOTALS');
  });
});
