import { Module } from '@nestjs/common';
import { featureEntities } from '../database/feature-entities.js';
import { AccessTokenService } from './access-token.service.js';
import { ApiTokenEntity } from './api-token.entity.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { InvitationEntity } from './invitation.entity.js';
import { MembershipEntity } from './membership.entity.js';
import { SessionService } from './session.service.js';
import { UserSessionEntity } from './user-session.entity.js';
import { UserEntity } from './user.entity.js';
import { UsersResolver } from './users.resolver.js';
import { UsersService } from './users.service.js';

@Module({
  imports: [featureEntities(UserEntity, MembershipEntity, ApiTokenEntity, InvitationEntity, UserSessionEntity)],
  providers: [AccessTokenService, SessionService, AuthService, AuthResolver, UsersService, UsersResolver],
  exports: [AuthService],
})
export class AuthModule {}
