import { candidateDraws, type CandidateFacts, SCORING_METHOD_VERSION } from './candidate-assessor.js';
import { DEFAULT_DRAWS, rangeOf, type Range } from './savings-simulation.js';

export interface PortfolioTotals {
  candidates: number;
  processIds: string[];
  hoursSaved: { p10: number; p50: number; p90: number };
  fteFreedP50: number;
  netAnnualBenefit: { p10: string; p50: string; p90: string };
  npv: { p10: string; p50: string; p90: string };
  probabilityPositiveNpv: number;
  methodVersion: string;
  draws: number;
}

const money = (range: Range) => ({ p10: range.p10.toFixed(2), p50: range.p50.toFixed(2), p90: range.p90.toFixed(2) });
const hours = (range: Range) => ({ p10: Number(range.p10.toFixed(1)), p50: Number(range.p50.toFixed(1)), p90: Number(range.p90.toFixed(1)) });

/**
 * Candidates taken together. Percentiles do not add up, so the ranges come from the candidates'
 * Monte Carlo draws added draw by draw, in the order given: each process draws from its own
 * seeded stream, so the sum is the distribution of the total under independent processes.
 * `between` runs after each candidate's simulation (a caller on a shared event loop yields there).
 */
export async function sumPortfolio(
  processIds: readonly string[],
  facts: readonly CandidateFacts[],
  between: () => Promise<void> = () => Promise.resolve(),
): Promise<PortfolioTotals> {
  // Processes can carry different draw counts; the sum uses the smallest common count.
  const draws = facts.length === 0 ? DEFAULT_DRAWS : Math.min(...facts.map((fact) => fact.simulation.draws));
  const hoursSaved = new Float64Array(draws);
  const netAnnualBenefit = new Float64Array(draws);
  const npv = new Float64Array(draws);
  const fteFreed = new Float64Array(draws);
  for (const fact of facts) {
    const drawn = candidateDraws(fact);
    for (let i = 0; i < draws; i += 1) {
      hoursSaved[i] += drawn.hoursSaved[i];
      fteFreed[i] += drawn.hoursSaved[i] / fact.costs.productiveHoursPerFte;
      netAnnualBenefit[i] += drawn.netAnnualBenefit[i];
      npv[i] += drawn.npv[i];
    }
    await between();
  }
  return {
    candidates: facts.length,
    processIds: [...processIds],
    hoursSaved: hours(rangeOf(hoursSaved)),
    fteFreedP50: Number(rangeOf(fteFreed).p50.toFixed(2)),
    netAnnualBenefit: money(rangeOf(netAnnualBenefit)),
    npv: money(rangeOf(npv)),
    probabilityPositiveNpv: Number((npv.filter((value) => value > 0).length / draws).toFixed(4)),
    methodVersion: SCORING_METHOD_VERSION,
    draws,
  };
}
