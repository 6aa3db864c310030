import { Injectable } from '@nestjs/common';
import { type Actor, memberScope } from '../auth/domain/actor.js';
import { yieldToEventLoop } from '../common/event-loop.js';
import { NotFoundError } from '../common/errors/domain-error.js';
import { TenantDatabase } from '../common/tenancy/tenant-database.service.js';
import { type CandidateFilter, type CandidateRow, rankingSql } from './candidate-ranking.query.js';
import type { CandidateFacts } from './domain/candidate-assessor.js';
import { sumPortfolio } from './domain/portfolio-sum.js';
import type { PortfolioSummaryType } from './dtos/scoring.types.js';
import { RankingService } from './ranking.service.js';
import { candidateFactsOf } from './score-assembly.js';
import { loadScoreSources } from './score-inputs.loader.js';
import { RankingOrder } from './scoring.enums.js';

export interface PortfolioSelection {
  processIds: string[];
  facts: CandidateFacts[];
}

/**
 * The top N candidates (or a hand-made selection) taken together, summed draw by draw
 * (sumPortfolio). Only these N simulations run (N <= 50), never one per process of the organization.
 */
@Injectable()
export class PortfolioService {
  constructor(
    private readonly database: TenantDatabase,
    private readonly ranking: RankingService,
  ) {}

  /** The selection's processes taken together (same arguments as selection). */
  async summary(...selected: Parameters<PortfolioService['selection']>): Promise<PortfolioSummaryType> {
    const { processIds, facts } = await this.selection(...selected);
    // One simulation at a time, so that a summary of 50 never holds the event loop.
    return sumPortfolio(processIds, facts, yieldToEventLoop);
  }

  /** The portfolio's processes and the facts their simulations start from, in the order they are summed. */
  async selection(
    actor: Actor,
    organizationId: string | null | undefined,
    filter: CandidateFilter,
    order: RankingOrder = RankingOrder.NPV_P50,
    top: number,
    chosen: readonly string[] | null = null,
  ): Promise<PortfolioSelection> {
    const organizationIds = this.ranking.organizationsOf(actor, organizationId);
    // The top N of those worth automating: a process that is no candidate adds nothing.
    const sql = rankingSql(organizationIds, { ...filter, candidate: true }, order, top, null);
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
    return { processIds, facts: sources.map((source) => candidateFactsOf(source).facts) };
  }
}
