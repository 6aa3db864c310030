import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { ScoringModule } from '../scoring/scoring.module.js';
import { ClaimsResolver, ClaimVerificationResolver, ProcessClaimChecksResolver } from './claims.resolver.js';
import { ClaimsService } from './claims.service.js';
import { VerificationReader } from './verification-reader.service.js';

@Module({
  imports: [AuthModule, ScoringModule],
  providers: [ClaimsService, ClaimsResolver, ClaimVerificationResolver, ProcessClaimChecksResolver, VerificationReader],
  exports: [VerificationReader],
})
export class ClaimsModule {}
