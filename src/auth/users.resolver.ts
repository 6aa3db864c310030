import { OrganizationArgs } from '../common/tenancy/organization.args.js';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor } from './auth.decorators.js';
import type { Actor } from './domain/actor.js';
import { CreatedInvitation, InvitationType, InviteMemberInput, MemberType, RoleGrantInput } from './dtos/auth.types.js';
import type { InvitationEntity } from './invitation.entity.js';
import { UsersService } from './users.service.js';

function toInvitationType(entity: InvitationEntity): InvitationType {
  return {
    id: entity.id,
    organizationId: entity.organizationId,
    email: entity.email,
    displayName: entity.displayName,
    role: entity.role,
    createdAt: entity.createdAt,
    expiresAt: entity.expiresAt,
    acceptedAt: entity.acceptedAt,
    revokedAt: entity.revokedAt,
  };
}

@Resolver(() => MemberType)
export class UsersResolver {
  constructor(private readonly users: UsersService) {}

  @Query(() => [MemberType], { description: 'Members of an organization and their roles (ADMIN).' })
  members(
    @CurrentActor() actor: Actor,
    @Args() { organizationId }: OrganizationArgs,
  ): Promise<MemberType[]> {
    return this.users.members(actor, organizationId);
  }

  @Mutation(() => CreatedInvitation, {
    description:
      'Invites a person by e-mail to a role in the organization (ADMIN). The answer is the same whether or not the e-mail has an account; nothing changes until the person accepts the code.',
  })
  async inviteMember(@CurrentActor() actor: Actor, @Args('input') input: InviteMemberInput): Promise<CreatedInvitation> {
    const { invitation, code } = await this.users.inviteMember(actor, input);
    return { invitation: toInvitationType(invitation), code };
  }

  @Query(() => [InvitationType], { description: 'Invitations not yet accepted, revoked or expired (ADMIN).' })
  async invitations(@CurrentActor() actor: Actor, @Args() { organizationId }: OrganizationArgs): Promise<InvitationType[]> {
    return (await this.users.pendingInvitations(actor, organizationId)).map(toInvitationType);
  }

  @Mutation(() => InvitationType, { description: 'Withdraws an invitation not yet accepted (ADMIN).' })
  async revokeInvitation(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<InvitationType> {
    return toInvitationType(await this.users.revokeInvitation(actor, id));
  }

  @Mutation(() => MemberType, { description: 'Gives a member of the organization another role (ADMIN); people from outside are invited instead.' })
  grantRole(@CurrentActor() actor: Actor, @Args('input') input: RoleGrantInput): Promise<MemberType> {
    return this.users.grantRole(actor, input);
  }

  @Mutation(() => MemberType, { description: 'Takes a role away; the last ADMIN stays (ADMIN).' })
  revokeRole(@CurrentActor() actor: Actor, @Args('input') input: RoleGrantInput): Promise<MemberType> {
    return this.users.revokeRole(actor, input);
  }
}
