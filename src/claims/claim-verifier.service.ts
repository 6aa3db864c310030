import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ScoreReader } from '../scoring/score-reader.service.js';
import type { ClaimVerificationEntity } from './claim-verification.entity.js';
import { runVerification } from './claim-verification.runner.js';
import type { VerificationParameters } from './stored-verification.js';
import type { VendorClaimEntity } from './vendor-claim.entity.js';

/** Tests a claim and stores the run in the caller's transaction: for the verifyClaim mutation and the demo seed alike. */
@Injectable()
export class ClaimVerifier {
  constructor(private readonly scores: ScoreReader) {}

  verify(manager: EntityManager, claim: VendorClaimEntity, parameters: VerificationParameters, userId: string | null): Promise<ClaimVerificationEntity> {
    return runVerification(manager, this.scores, claim, parameters, userId);
  }
}
