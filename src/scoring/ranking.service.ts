import { Injectable } from '@nestjs/common';
import { authorize } from '../auth/access.js';
import { type Actor, memberScope, organizationIdsOf } from '../auth/domain/actor.js';
import { Permission } from '../auth/domain/permissions.js';
import { NotFoundError } from '../common/errors/domain-error.js';
import { DEFAULT_PAGE_SIZE } from '../common/pagination/connection.js';
import type { FieldSelection } from '../common/pagination/node-selection.js';
import { TenantDatabase } from '../common/tenancy/tenant-database.service.js';
import { isRecordId } from '../common/validation/uuid.js';
import {
  type CandidateFilter,
  type CandidateRow,
  CANDIDATE_COLUMNS,
  candidateColumns,
  type RankingCursor,
  RANK_IN_ORGANIZATION,
  decodeRankingCursor,
  encodeRankingCursor,
  rankingSql,
} from './candidate-ranking.query.js';
import type { CandidateAssessmentType } from './dtos/scoring.types.js';
import type { Candidate, CandidatePage } from './scoring.data.js';
import { storedCandidate, toCandidateType } from './scoring.mapper.js';
import { RankingOrder } from './scoring.enums.js';

/**
 * Reads stored scores only: a ranking page is one indexed statement over candidate_score,
 * whatever the number of processes; nothing is recomputed on read.
 */
/** An edge whose cursor is encoded only if asked for (the web asks only the page's last). */
class RankingEdge {
  constructor(
    readonly node: Candidate,
    private readonly position: RankingCursor,
  ) {}

  get cursor(): string {
    return encodeRankingCursor(this.position);
  }
}

@Injectable()
export class RankingService {
  constructor(private readonly database: TenantDatabase) {}

  /** The organizations a ranking covers: one the caller belongs to, or all of them. */
  organizationsOf(actor: Actor, organizationId: string | null | undefined): string[] {
    if (organizationId == null) return organizationIdsOf(actor);
    authorize(actor, organizationId, Permission.READ_INVENTORY, 'organizationId');
    return [organizationId];
  }

  /**
   * One page, best first. With `selection` (the fields a GraphQL document asks of the nodes), only
   * their columns are read and each node is made of its row as GraphQL reads it; without, every
   * node is plain data with every field.
   */
  async ranking(
    actor: Actor,
    organizationId: string | null | undefined,
    filter: CandidateFilter,
    order: RankingOrder = RankingOrder.NPV_P50,
    first: number | null | undefined,
    after: string | null | undefined,
    selection?: FieldSelection,
  ): Promise<CandidatePage> {
    const organizationIds = this.organizationsOf(actor, organizationId);
    const cursor = after == null ? null : decodeRankingCursor(after, order);
    const pageSize = first ?? DEFAULT_PAGE_SIZE;
    const sql = rankingSql(organizationIds, filter, order, pageSize, cursor, selection && candidateColumns(selection));
    const rows = await this.database.readOnce<CandidateRow>(memberScope(actor), sql.text, sql.values);
    const firstRank = (cursor?.rank ?? 0) + 1;
    const edges = rows.slice(0, pageSize).map((row, index) => {
      const rank = firstRank + index;
      return new RankingEdge(selection ? storedCandidate(row, rank) : toCandidateType(row, rank), { order, value: row.sort_key, processId: row.process_id, rank });
    });
    return { edges, pageInfo: { hasNextPage: rows.length > pageSize, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  /** The stored score of one process with everything behind it. */
  async assessment(actor: Actor, processId: string): Promise<CandidateAssessmentType> {
    const row = await this.database.run(memberScope(actor), async (manager) => {
      if (!isRecordId(processId)) return undefined;
      const rows = await manager.query<(CandidateRow & { inputs: unknown; result: unknown; rank: number })[]>(
        `SELECT ${CANDIDATE_COLUMNS}, s.npv_p50::text AS sort_key, inputs, result, ${RANK_IN_ORGANIZATION} AS rank
         FROM candidate_score s WHERE s.process_id = $1`,
        [processId],
      );
      return rows[0];
    });
    if (!row) throw new NotFoundError('candidate score', processId, 'processId');
    return { candidate: toCandidateType(row, row.rank), inputs: row.inputs, result: row.result };
  }
}
