import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { VerificationRecord } from './claim.data.js';
import { toClaimCheck, toClaimVerification, toVendorClaim } from './claim.mapper.js';
import { ClaimCheckEntity, ClaimVerificationEntity } from './claim-verification.entity.js';
import { storedCheckDocuments, storedParameters } from './stored-verification.js';
import { VendorClaimEntity } from './vendor-claim.entity.js';

/** Verifications as other features (the reports) read them: plain data, never the entities or their JSON columns. */
@Injectable()
export class VerificationReader {
  /**
   * One verification with its claim and checks, in the caller's transaction and so inside its
   * row-level security: another office's verification reads as null, as an unknown one does.
   */
  async read(manager: EntityManager, verificationId: string): Promise<VerificationRecord | null> {
    const verification = await manager.findOneBy(ClaimVerificationEntity, { id: verificationId });
    if (!verification) return null;
    const claim = toVendorClaim(await manager.findOneByOrFail(VendorClaimEntity, { id: verification.claimId }));
    const checks = await manager.find(ClaimCheckEntity, { where: { verificationId }, order: { processName: 'ASC', processId: 'ASC' } });
    return {
      verification: { ...toClaimVerification(verification), organizationId: verification.organizationId },
      claim,
      checks: checks.map(toClaimCheck),
      stored: {
        verification: {
          id: verification.id,
          claimId: verification.claimId,
          methodVersion: verification.methodVersion,
          parameters: storedParameters(verification),
          createdAt: verification.createdAt,
        },
        claim,
        checks: checks.map((check) => ({ processId: check.processId, processName: check.processName, ...storedCheckDocuments(check) })),
      },
    };
  }
}
