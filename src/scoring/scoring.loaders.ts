import DataLoader from 'dataloader';
import { byKey, type LoaderSet } from '../common/loaders/request-loaders.js';
import { CANDIDATE_COLUMNS, type CandidateRow, RANK_IN_ORGANIZATION } from './candidate-ranking.query.js';

export const scoringLoaders: LoaderSet<{
  /** Stored scores with `rank`: the position within the process's organization by P50 NPV. */
  candidateByProcessId: DataLoader<string, (CandidateRow & { rank: number }) | undefined>;
}> = (read) => ({
  candidateByProcessId: new DataLoader(async (processIds) =>
    byKey(
      processIds,
      await read((m) =>
        m.query<(CandidateRow & { rank: number })[]>(
          `SELECT ${CANDIDATE_COLUMNS}, s.npv_p50::text AS sort_key, ${RANK_IN_ORGANIZATION} AS rank
           FROM candidate_score s WHERE s.process_id = ANY ($1::uuid[])`,
          [[...processIds]],
        ),
      ),
      (row) => row.process_id,
    ),
  ),
});
