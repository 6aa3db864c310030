import { OrganizationArgs } from '../common/tenancy/organization.args.js';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor } from './auth.decorators.js';
import type { Actor } from './domain/actor.js';
import { CreateUserInput, MemberType, RoleGrantInput } from './dtos/auth.types.js';
import { UsersService } from './users.service.js';

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

  @Mutation(() => MemberType, { description: 'Creates a user with one role in the organization (ADMIN).' })
  createUser(@CurrentActor() actor: Actor, @Args('input') input: CreateUserInput): Promise<MemberType> {
    return this.users.createUser(actor, input);
  }

  @Mutation(() => MemberType, { description: 'Gives an existing user a role (ADMIN).' })
  grantRole(@CurrentActor() actor: Actor, @Args('input') input: RoleGrantInput): Promise<MemberType> {
    return this.users.grantRole(actor, input);
  }

  @Mutation(() => MemberType, { description: 'Takes a role away; the last ADMIN stays (ADMIN).' })
  revokeRole(@CurrentActor() actor: Actor, @Args('input') input: RoleGrantInput): Promise<MemberType> {
    return this.users.revokeRole(actor, input);
  }
}
