import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ClientAddress, CurrentActor, Public } from './auth.decorators.js';
import { AuthService } from './auth.service.js';
import type { Actor } from './domain/actor.js';
import {
  AcceptInvitationInput,
  AccessToken,
  ApiTokenType,
  CreateApiTokenInput,
  CreatedApiToken,
  LoginInput,
  MeType,
  RefreshSessionInput,
} from './dtos/auth.types.js';
import { SessionService } from './session.service.js';
import type { ApiTokenEntity } from './api-token.entity.js';

function toApiTokenType(entity: ApiTokenEntity): ApiTokenType {
  return {
    id: entity.id,
    name: entity.name,
    prefix: entity.prefix,
    createdAt: entity.createdAt,
    expiresAt: entity.expiresAt,
    revokedAt: entity.revokedAt,
  };
}

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
  ) {}

  @Public()
  @Mutation(() => AccessToken, { description: 'Signs in; rate-limited per e-mail and address.' })
  async login(@Args('input') input: LoginInput, @ClientAddress() clientAddress: string): Promise<AccessToken> {
    return this.sessions.start(await this.auth.login(input.email, input.password, clientAddress));
  }

  @Public()
  @Mutation(() => AccessToken, {
    description: 'Accepts an invitation with its code and your password (a new account gets this password); signs you in.',
  })
  async acceptInvitation(@Args('input') input: AcceptInvitationInput, @ClientAddress() clientAddress: string): Promise<AccessToken> {
    return this.sessions.start(await this.auth.acceptInvitation(input.code, input.password, clientAddress));
  }

  @Public()
  @Mutation(() => AccessToken, {
    description: 'New tokens for a refresh token, which then stops working (a second use ends the session). Reports when the person was last active, which moves the idle deadline.',
  })
  refreshSession(@Args('input') input: RefreshSessionInput): Promise<AccessToken> {
    return this.sessions.refresh(input.refreshToken, input.lastActiveSecondsAgo);
  }

  @Mutation(() => Boolean, { description: "Ends the caller's web session (its refresh token stops working); false for an API token or a session already ended." })
  signOut(@CurrentActor() actor: Actor): Promise<boolean> {
    return this.sessions.end(actor);
  }

  @Query(() => MeType, { description: 'The signed-in user and their roles.' })
  me(@CurrentActor() actor: Actor): MeType {
    return {
      id: actor.userId,
      email: actor.email,
      platformAdmin: actor.platformAdmin,
      memberships: actor.memberships.map((membership) => ({ ...membership })),
    };
  }

  @Query(() => [ApiTokenType], { description: "The caller's own API tokens." })
  async apiTokens(@CurrentActor() actor: Actor): Promise<ApiTokenType[]> {
    return (await this.auth.listApiTokens(actor)).map(toApiTokenType);
  }

  @Mutation(() => CreatedApiToken, { description: 'A token for scripts and the command line, acting as you.' })
  async createApiToken(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateApiTokenInput,
  ): Promise<CreatedApiToken> {
    const { token, apiToken } = await this.auth.createApiToken(actor, input.name, input.expiresInDays ?? null);
    return { token, apiToken: toApiTokenType(apiToken) };
  }

  @Mutation(() => ApiTokenType)
  async revokeApiToken(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<ApiTokenType> {
    return toApiTokenType(await this.auth.revokeApiToken(actor, id));
  }
}
