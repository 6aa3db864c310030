import { Injectable } from '@nestjs/common';
import { type Actor, memberScope } from '../auth/domain/actor.js';
import { yieldToEventLoop } from '../common/event-loop.js';
import { NotFoundError } from '../common/errors/domain-error.js';
import { TenantDatabase } from '../common/tenancy/tenant-database.service.js';
import { type CandidateFilter, type CandidateRow, rankingSql } from './candidate-ranking.query.js';
import { candidateDraws, SCORING_METHOD_VERSION } from './domain/candidate-assessor.js';
import { DEFAULT_DRAWS, rangeOf, type Range } from './domain/savings-simulation.js';
import type { PortfolioSummaryType } from './dtos/scoring.types.js';
import { RankingService } from './ranking.service.js';
import { candidateFactsOf } from './score-assembly.js';
import { loadScoreSources } from './score-inputs.loader.js';
import { RankingOrder } from './scoring.enums.js';

const money = (range: Range) => ({ p10: range.p10.toFixed(2), p50: range.p50.toFixed(2), p90: range.p90.toFixed(2) });
const hours = (range: Range) => ({ p10: Number(range.p10.toFixed(1)), p50: Number(range.p50.toFixed(1)), p90: Number(range.p90.toFixed(1)) });

/**
 * The top N candidates taken together. Percentiles do not add up, so the ranges come from the
 * candidates' Monte Carlo draws added draw by draw: each process draws from its own seeded
 * stream, so the sum is the distribution of the total under independent processes. Only these
 * N simulations run (N <= 50), never one per process of the organization.
 */
@Injectable()
export class PortfolioService {
  constructor(
    private readonly database: TenantDatabase,
    private readonly ranking: RankingService,
  ) {}

  async summary(
    actor: Actor,
    organizationId: string | null | undefined,
    filter: CandidateFilter,
    order: RankingOrder = RankingOrder.NPV_P50,
    top: number,
    chosen: readonly string[] | null = null,
  ): Promise<PortfolioSummaryType> {
    const organizationIds = this.ranking.organizationsOf(actor, organizationId);
    const sql = rankingSql(organizationIds, filter, order, top, null);
    const { processIds, sources } = await this.database.run(memberScope(actor), async (manager) => {
      if (chosen) {
        // A hand-made selection: every process must be a scored one the caller may read.
        // In id order, so the same selection sums its draws in the same order however it is listed.
        const unique = [...new Set(chosen)].sort();
        const rows = await manager.query<{ process_id: string }[]>(
          'SELECT process_id FROM candidate_score WHERE process_id = ANY ($1::uuid[]) AND organization_id = ANY ($2::uuid[]) ORDER BY process_id',
          [unique, organizationIds],
        );
        const found = new Set(rows.map((row) => row.process_id));
        const missing = unique.find((id) => !found.has(id));
        if (missing) throw new NotFoundError('scored process', missing, 'processIds');
        const loaded = await loadScoreSources(manager, unique);
        return { processIds: unique, sources: unique.map((id) => loaded.find((source) => source.process.id === id)!) };
      }
      const rows = (await manager.query<CandidateRow[]>(sql.text, sql.values)).slice(0, top);
      const ids = rows.map((row) => row.process_id);
      return { processIds: ids, sources: await loadScoreSources(manager, ids) };
    });
    const facts = sources.map((source) => candidateFactsOf(source).facts);
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
      // One simulation at a time, so that a summary of 50 never holds the event loop.
      await yieldToEventLoop();
    }
    return {
      candidates: facts.length,
      processIds,
      hoursSaved: hours(rangeOf(hoursSaved)),
      fteFreedP50: Number(rangeOf(fteFreed).p50.toFixed(2)),
      netAnnualBenefit: money(rangeOf(netAnnualBenefit)),
      npv: money(rangeOf(npv)),
      probabilityPositiveNpv: Number((npv.filter((value) => value > 0).length / draws).toFixed(4)),
      methodVersion: SCORING_METHOD_VERSION,
      draws,
    };
  }
}
