import { assessCandidate, type CandidateFacts } from '../candidate-assessor.js';
import { sumPortfolio } from '../portfolio-sum.js';
import { drawSharedRisks, processSeed } from '../savings-simulation.js';
import { WORKED_EXAMPLE } from '../worked-example.js';

const processOf = (id: string, sharedSeed: number): CandidateFacts => ({
  ...WORKED_EXAMPLE,
  simulation: { seed: processSeed(20260101, id), sharedSeed, draws: 10_000 },
});
const width = (range: { p10: string; p90: string }) => Number(range.p90) - Number(range.p10);

describe('portfolio: risks an office shares are drawn once per draw', () => {
  const ids = Array.from({ length: 8 }, (_, index) => `process-${index}`);

  it('widens the total range against processes drawn as if independent', async () => {
    const shared = await sumPortfolio(ids, ids.map((id) => processOf(id, 20260101)));
    // Each process its own "office": the overrun and licence factors independent between processes.
    const independent = await sumPortfolio(ids, ids.map((id, index) => processOf(id, 1000 + index)));
    // Same expected total; the medians differ a little because the shared factors are skewed.
    expect(Math.abs(Number(shared.npv.p50) / Number(independent.npv.p50) - 1)).toBeLessThan(0.15);
    // With 8 processes, perfectly shared factors give about sqrt(8) times their independent spread.
    expect(width(shared.npv) / width(independent.npv)).toBeGreaterThan(1.15);
  });

  it('gives every process of the organization the same factor in the same draw, a prefix for fewer draws', () => {
    const long = drawSharedRisks(20260101, 1000);
    const short = drawSharedRisks(20260101, 100);
    expect(Array.from(short.overrun)).toEqual(Array.from(long.overrun.subarray(0, 100)));
    expect(Array.from(short.licence)).toEqual(Array.from(long.licence.subarray(0, 100)));
    expect(Math.min(...long.overrun)).toBeGreaterThanOrEqual(0.9);
    expect(Math.max(...long.overrun)).toBeLessThanOrEqual(1.5);
    expect(Math.max(...long.licence)).toBeLessThanOrEqual(1.3);
  });

  it('leaves a process that is no candidate out of the sums', async () => {
    const nothing: CandidateFacts = { ...processOf('nothing', 20260101), readiness: { ...WORKED_EXAMPLE.readiness, steps: [] } };
    const totals = await sumPortfolio(['a', 'nothing'], [processOf('a', 20260101), nothing]);
    const alone = await sumPortfolio(['a'], [processOf('a', 20260101)]);
    expect(totals.candidates).toBe(1);
    expect(totals.processIds).toEqual(['a']);
    expect(totals.excludedProcessIds).toEqual(['nothing']);
    expect(totals.npv).toEqual(alone.npv);
  });
});

describe('correlation between the automatable share and the exception rate', () => {
  const withCorrelation = (automatableExceptionCorrelation: number) =>
    assessCandidate({ ...WORKED_EXAMPLE, costs: { ...WORKED_EXAMPLE.costs, automatableExceptionCorrelation } }).simulation.hoursSaved;

  it('narrows hours saved when a and e rise together (a (1 - e) offsets) and widens them when they move apart', () => {
    const together = withCorrelation(0.9);
    const independent = withCorrelation(0);
    const apart = withCorrelation(-0.9);
    const spread = (range: { p10: number; p90: number }) => range.p90 - range.p10;
    expect(spread(together)).toBeLessThan(spread(independent));
    expect(spread(independent)).toBeLessThan(spread(apart));
  });
});
