import { estimateSavings } from '../savings-model.js';
import { processSeed, simulateSavings, type SavingsUncertainty } from '../savings-simulation.js';
import { WORKED_EXAMPLE } from '../worked-example.js';
import { savingsModelOf } from '../candidate-assessor.js';

describe('Monte Carlo: seeded, ordered, and centred on the model', () => {
  const { savingsInputs, uncertainty } = savingsModelOf(WORKED_EXAMPLE);

  it('gives identical numbers for the same seed and inputs, different ones for another seed', () => {
    const first = simulateSavings(savingsInputs, uncertainty, { seed: 7, draws: 2_000 }, true);
    const again = simulateSavings(savingsInputs, uncertainty, { seed: 7, draws: 2_000 }, true);
    const other = simulateSavings(savingsInputs, uncertainty, { seed: 8, draws: 2_000 }, true);
    expect(again.summary).toEqual(first.summary);
    expect(Array.from(again.draws?.npv ?? [])).toEqual(Array.from(first.draws?.npv ?? []));
    expect(other.summary.npv.p50).not.toBe(first.summary.npv.p50);
  });

  it('orders P10 <= P50 <= P90 for every quantity', () => {
    const { summary } = simulateSavings(savingsInputs, uncertainty, { seed: 1, draws: 5_000 });
    for (const range of [summary.hoursSaved, summary.netAnnualBenefit, summary.npv, summary.relativeCostChange]) {
      expect(range).not.toBeNull();
      expect(range!.p10).toBeLessThanOrEqual(range!.p50);
      expect(range!.p50).toBeLessThanOrEqual(range!.p90);
    }
  });

  it('collapses to the point estimate when nothing is uncertain but a, I (fixed at their mode by a zero spread)', () => {
    const fixed: SavingsUncertainty = {
      annualVolume: { kind: 'FIXED' },
      handlingMinutes: { kind: 'FIXED' },
      errorRate: { kind: 'FIXED' },
      exceptionRate: { kind: 'FIXED' },
    };
    const noAutomation = { ...savingsInputs, automatableShare: 0, implementationCost: 0 };
    const { summary } = simulateSavings(noAutomation, fixed, { seed: 3, draws: 500 });
    const point = estimateSavings(noAutomation);
    expect(summary.npv.p10).toBeCloseTo(point.npv, 9);
    expect(summary.npv.p90).toBeCloseTo(point.npv, 9);
    expect(summary.hoursSaved.p50).toBeCloseTo(point.hoursSaved, 9);
  });

  it('refuses a draw count or seed outside the allowed range', () => {
    expect(() => simulateSavings(savingsInputs, uncertainty, { seed: 1, draws: 10 })).toThrow(/draws/);
    expect(() => simulateSavings(savingsInputs, uncertainty, { seed: -1, draws: 1_000 })).toThrow(/seed/);
  });

  it('derives a stable, distinct seed per process', () => {
    const a = processSeed(20260101, '7c1e2f0a-0000-4000-8000-000000000001');
    expect(processSeed(20260101, '7c1e2f0a-0000-4000-8000-000000000001')).toBe(a);
    expect(processSeed(20260101, '7c1e2f0a-0000-4000-8000-000000000002')).not.toBe(a);
    expect(processSeed(20260102, '7c1e2f0a-0000-4000-8000-000000000001')).not.toBe(a);
    expect(a).toBeGreaterThanOrEqual(0);
    expect(a).toBeLessThanOrEqual(0xffffffff);
  });
});
