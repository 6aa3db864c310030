import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { groupBy, type LoaderSet } from '../common/loaders/request-loaders.js';
import { ClaimCheckEntity, ClaimVerificationEntity } from './claim-verification.entity.js';

export const claimLoaders: LoaderSet<{
  /** Newest first. */
  verificationsByClaimId: DataLoader<string, ClaimVerificationEntity[]>;
  checksByVerificationId: DataLoader<string, ClaimCheckEntity[]>;
  /** The checks of each claim's most recent verification that covered the process. */
  latestClaimChecksByProcessId: DataLoader<string, ClaimCheckEntity[]>;
}> = (read) => ({
  verificationsByClaimId: new DataLoader(async (claimIds) =>
    groupBy(
      claimIds,
      await read((m) => m.find(ClaimVerificationEntity, { where: { claimId: In([...claimIds]) }, order: { createdAt: 'DESC', id: 'DESC' } })),
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
