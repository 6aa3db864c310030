import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { featureEntities } from '../database/feature-entities.js';
import { ClaimCheckEntity, ClaimVerificationEntity } from './claim-verification.entity.js';
import { ClaimVerificationModule } from './claim-verification.module.js';
import { ClaimsResolver, ClaimVerificationResolver, ProcessClaimChecksResolver } from './claims.resolver.js';
import { ClaimsService } from './claims.service.js';
import { VerificationReader } from './verification-reader.service.js';
import { VendorClaimEntity } from './vendor-claim.entity.js';

@Module({
  imports: [AuthModule, ClaimVerificationModule, featureEntities(VendorClaimEntity, ClaimVerificationEntity, ClaimCheckEntity)],
  providers: [ClaimsService, ClaimsResolver, ClaimVerificationResolver, ProcessClaimChecksResolver, VerificationReader],
  exports: [VerificationReader],
})
export class ClaimsModule {}
