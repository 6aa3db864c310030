import { Module } from '@nestjs/common';
import { AccessTokenService } from './access-token.service.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { SessionService } from './session.service.js';
import { UsersResolver } from './users.resolver.js';
import { UsersService } from './users.service.js';

@Module({
  providers: [AccessTokenService, SessionService, AuthService, AuthResolver, UsersService, UsersResolver],
  exports: [AuthService],
})
export class AuthModule {}
