import { Module } from '@nestjs/common';
import { ScoresModule } from '../scoring/scores.module.js';
import { ClaimVerifier } from './claim-verifier.service.js';

/** Running a claim's tests, without the API: the schema owner's container at start-up (the demo seed) holds it too. */
@Module({ imports: [ScoresModule], providers: [ClaimVerifier], exports: [ClaimVerifier] })
export class ClaimVerificationModule {}
