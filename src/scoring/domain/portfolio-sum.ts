import { proportionStandardError, roundToStandardError } from '../../statistics/index.js';
import { candidateDraws, type CandidateFacts, SCORING_METHOD_VERSION, savingsModelOf } from './candidate-assessor.js';
import { notCandidateReason } from './savings-model.js';
import { DEFAULT_DRAWS, type Range, summariseDraws } from './savings-simulation.js';

export interface PortfolioTotals {
  /** Processes summed: the selection less those that are no candidate. */
  candidates: number;
  processIds: string[];
  /** Selected processes left out because they are no candidate (nothing to automate). */
  excludedProcessIds: string[];
  hoursSaved: { p10: number; p50: number; p90: number };
  fteFreedP50: number;
  netAnnualBenefit: { p10: string; p50: string; p90: string };
  npv: { p10: string; p50: string; p90: string };
  probabilityPositiveNpv: number;
  /** Monte Carlo standard errors of the figures above (same units). */
  standardErrors: { hoursSaved: Range; netAnnualBenefit: Range; npv: Range; payback: null; probabilityPositiveNpv: number };
  /** The figures rounded to their standard errors, for display. */
  display: { hoursSaved: Range; netAnnualBenefit: Range; npv: Range; payback: null; probabilityPositiveNpv: number };
  methodVersion: string;
  draws: number;
}

const money = (range: Range) => ({ p10: range.p10.toFixed(2), p50: range.p50.toFixed(2), p90: range.p90.toFixed(2) });
const hours = (range: Range) => ({ p10: Number(range.p10.toFixed(1)), p50: Number(range.p50.toFixed(1)), p90: Number(range.p90.toFixed(1)) });
export const rounded = (range: Range, errors: Range): Range => ({
  p10: roundToStandardError(range.p10, errors.p10),
  p50: roundToStandardError(range.p50, errors.p50),
  p90: roundToStandardError(range.p90, errors.p90),
});

/**
 * Candidates taken together. Percentiles do not add up, so the ranges come from the candidates'
 * Monte Carlo draws added draw by draw, in the order given. Each process draws its own inputs
 * from its own seeded stream (independent), while the risks its organization's projects share
 * (implementation overrun, licence price) are the same factor in the same draw for all of them
 * (drawSharedRisks), so they widen the total's range as they would in reality. A process that is
 * no candidate is left out. `between` runs after each candidate's simulation (a caller on a shared
 * event loop yields there).
 */
export async function sumPortfolio(
  processIds: readonly string[],
  facts: readonly CandidateFacts[],
  between: () => Promise<void> = () => Promise.resolve(),
): Promise<PortfolioTotals> {
  const included: number[] = [];
  const excludedProcessIds: string[] = [];
  facts.forEach((fact, index) => {
    if (notCandidateReason(savingsModelOf(fact).savingsInputs) === null) included.push(index);
    else excludedProcessIds.push(processIds[index]);
  });
  // Processes can carry different draw counts; the sum uses the smallest common count.
  const draws = included.length === 0 ? DEFAULT_DRAWS : Math.min(...included.map((index) => facts[index].simulation.draws));
  const hoursSaved = new Float64Array(draws);
  const netAnnualBenefit = new Float64Array(draws);
  const npv = new Float64Array(draws);
  const fteFreed = new Float64Array(draws);
  for (const index of included) {
    const fact = facts[index];
    const drawn = candidateDraws(fact);
    for (let i = 0; i < draws; i += 1) {
      hoursSaved[i] += drawn.hoursSaved[i];
      fteFreed[i] += drawn.hoursSaved[i] / fact.costs.productiveHoursPerFte;
      netAnnualBenefit[i] += drawn.netAnnualBenefit[i];
      npv[i] += drawn.npv[i];
    }
    await between();
  }
  const hoursSummary = summariseDraws(hoursSaved);
  const benefitSummary = summariseDraws(netAnnualBenefit);
  const npvSummary = summariseDraws(npv);
  const probability = included.length === 0 ? 0 : npv.filter((value) => value > 0).length / draws;
  const probabilityError = proportionStandardError(probability, draws);
  return {
    candidates: included.length,
    processIds: included.map((index) => processIds[index]),
    excludedProcessIds,
    hoursSaved: hours(hoursSummary.range),
    fteFreedP50: Number(summariseDraws(fteFreed).range.p50.toFixed(2)),
    netAnnualBenefit: money(benefitSummary.range),
    npv: money(npvSummary.range),
    probabilityPositiveNpv: Number(probability.toFixed(4)),
    standardErrors: { hoursSaved: hoursSummary.errors, netAnnualBenefit: benefitSummary.errors, npv: npvSummary.errors, payback: null, probabilityPositiveNpv: probabilityError },
    display: {
      hoursSaved: rounded(hoursSummary.range, hoursSummary.errors),
      netAnnualBenefit: rounded(benefitSummary.range, benefitSummary.errors),
      npv: rounded(npvSummary.range, npvSummary.errors),
      payback: null,
      probabilityPositiveNpv: roundToStandardError(probability, probabilityError),
    },
    methodVersion: SCORING_METHOD_VERSION,
    draws,
  };
}
