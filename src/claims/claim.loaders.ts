import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { groupBy, type LoaderSet } from '../common/loaders/request-loaders.js';
import { ClaimCheckEntity, ClaimVerificationEntity } from './claim-verification.entity.js';
import { MAX_VERIFICATIONS_LISTED } from './dtos/claim.types.js';

export const claimLoaders: LoaderSet<{
  /** Newest first. */
  verificationsByClaimId: DataLoader<string, ClaimVerificationEntity[]>;
  checksByVerificationId: DataLoader<string, ClaimCheckEntity[]>;
  /** The checks of each claim's most recent verification that covered the process. */
  latestClaimChecksByProcessId: DataLoader<string, ClaimCheckEntity[]>;
}> = (read) => ({
  // At most the largest page a claim's `verifications(first)` may ask for: re-runs accumulate.
  verificationsByClaimId: new DataLoader(async (claimIds) =>
    groupBy(
      claimIds,
      await read((m) =>
        m
          .createQueryBuilder(ClaimVerificationEntity, 'v')
          .where(
            `v.id IN (SELECT ranked.id FROM (
               SELECT w.id, row_number() OVER (PARTITION BY w.claim_id ORDER BY w.created_at DESC, w.id DESC) AS position
                 FROM claim_verification w WHERE w.claim_id IN (:...claimIds)) ranked
              WHERE ranked.position <= :most)`,
            { claimIds: [...claimIds], most: MAX_VERIFICATIONS_LISTED },
          )
          .orderBy('v.created_at', 'DESC')
          .addOrderBy('v.id', 'DESC')
          .getMany(),
      ),
      (verification) => verification.claimId,
    ),
  ),
  checksByVerificationId: new DataLoader(async (verificationIds) =>
    groupBy(
      verificationIds,
      await read((m) => m.find(ClaimCheckEntity, { where: { verificationId: In([...verificationIds]) }, order: { processName: 'ASC', id: 'ASC' } })),
      (check) => check.verificationId,
    ),
  ),
  latestClaimChecksByProcessId: new DataLoader(async (processIds) =>
    groupBy(
      processIds,
      await read((m) =>
        m
          .createQueryBuilder(ClaimCheckEntity, 'c')
          .distinctOn(['c.process_id', 'c.claim_id'])
          .where('c.process_id IN (:...processIds)', { processIds: [...processIds] })
          .orderBy('c.process_id')
          .addOrderBy('c.claim_id')
          .addOrderBy('c.created_at', 'DESC')
          .getMany(),
      ),
      (check) => check.processId,
    ),
  ),
});
