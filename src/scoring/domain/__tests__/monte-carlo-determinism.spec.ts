import { estimateSavings } from '../savings-model.js';
import { processSeed, simulateSavings } from '../savings-simulation.js';
import { WORKED_EXAMPLE } from '../worked-example.js';
import { savingsModelOf } from '../candidate-assessor.js';

describe('Monte Carlo: seeded, ordered, and centred on the model', () => {
  const { savingsInputs, uncertainty } = savingsModelOf(WORKED_EXAMPLE);

  it('gives identical numbers for the same seed and inputs, different ones for another seed', () => {
    const first = simulateSavings(savingsInputs, uncertainty, { seed: 7, sharedSeed: 1, draws: 2_000 }, true);
    const again = simulateSavings(savingsInputs, uncertainty, { seed: 7, sharedSeed: 1, draws: 2_000 }, true);
    const other = simulateSavings(savingsInputs, uncertainty, { seed: 8, sharedSeed: 1, draws: 2_000 }, true);
    expect(again.summary).toEqual(first.summary);
    expect(Array.from(again.draws?.npv ?? [])).toEqual(Array.from(first.draws?.npv ?? []));
    expect(other.summary.npv.p50).not.toBe(first.summary.npv.p50);
  });

  it('orders P10 <= P50 <= P90 for every quantity', () => {
    const { summary } = simulateSavings(savingsInputs, uncertainty, { seed: 1, sharedSeed: 1, draws: 5_000 });
    for (const range of [summary.hoursSaved, summary.netAnnualBenefit, summary.npv, summary.relativeCostChange]) {
      expect(range).not.toBeNull();
      expect(range!.p10).toBeLessThanOrEqual(range!.p50);
      expect(range!.p50).toBeLessThanOrEqual(range!.p90);
    }
  });

  it('draws nothing for a process that is no candidate: every figure 0, as the point estimate', () => {
    const noAutomation = { ...savingsInputs, automatableShare: 0 };
    const { summary, draws } = simulateSavings(noAutomation, uncertainty, { seed: 3, sharedSeed: 1, draws: 500 }, true);
    const point = estimateSavings(noAutomation);
    expect(point).toMatchObject({ candidate: false, notCandidateReason: 'NO_AUTOMATABLE_WORK', npv: 0, hoursSaved: 0, runningCost: 0, botsNeeded: 0 });
    expect(summary.candidate).toBe(false);
    expect(summary.npv).toEqual({ p10: 0, p50: 0, p90: 0 });
    expect(summary.paybackMonths).toEqual({ p10: null, p50: null, p90: null });
    expect(summary.probabilityPositiveNpv).toBe(0);
    expect(Array.from(draws?.npv ?? []).every((value) => value === 0)).toBe(true);
  });

  it('refuses a draw count or seed outside the allowed range', () => {
    expect(() => simulateSavings(savingsInputs, uncertainty, { seed: 1, sharedSeed: 1, draws: 10 })).toThrow(/draws/);
    expect(() => simulateSavings(savingsInputs, uncertainty, { seed: -1, sharedSeed: 1, draws: 1_000 })).toThrow(/seed/);
    expect(() => simulateSavings(savingsInputs, uncertainty, { seed: 1, sharedSeed: 2 ** 32, draws: 1_000 })).toThrow(/sharedSeed/);
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
