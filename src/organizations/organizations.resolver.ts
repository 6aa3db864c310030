import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '../auth/auth.decorators.js';
import type { Actor } from '../auth/domain/actor.js';
import type { GraphQLContext } from '../auth/graphql-context.js';
import { PageArgs } from '../common/pagination/connection.js';
import { DepartmentType } from './dtos/department.type.js';
import { CreateOrganizationInput, UpdateOrganizationInput } from './dtos/organization.input.js';
import { OrganizationConnection, OrganizationType } from './dtos/organization.type.js';
import { toDepartmentType, toOrganizationType } from './organization.mapper.js';
import { OrganizationsService } from './organizations.service.js';
import { organizationLoaders } from './organization.loaders.js';

@Resolver(() => OrganizationType)
export class OrganizationsResolver {
  constructor(private readonly organizationsService: OrganizationsService) {}

  @Query(() => OrganizationConnection, { description: 'Organizations by name, paginated.' })
  async organizations(@CurrentActor() actor: Actor, @Args() page: PageArgs): Promise<OrganizationConnection> {
    const result = await this.organizationsService.list(actor, page.first, page.after);
    return { ...result, edges: result.edges.map((e) => ({ ...e, node: toOrganizationType(e.node) })) };
  }

  @Query(() => OrganizationType)
  async organization(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<OrganizationType> {
    return toOrganizationType(await this.organizationsService.get(actor, id));
  }

  @ResolveField(() => [DepartmentType])
  async departments(
    @Parent() organization: OrganizationType,
    @Context() context: GraphQLContext,
  ): Promise<DepartmentType[]> {
    const rows = await context.loaders.of(organizationLoaders).departmentsByOrganizationId.load(organization.id);
    return rows.map(toDepartmentType);
  }

  @Mutation(() => OrganizationType, { description: 'Platform administrators; the creator becomes its ADMIN.' })
  async createOrganization(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateOrganizationInput,
  ): Promise<OrganizationType> {
    return toOrganizationType(await this.organizationsService.create(actor, input));
  }

  @Mutation(() => OrganizationType)
  async updateOrganization(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateOrganizationInput,
  ): Promise<OrganizationType> {
    return toOrganizationType(await this.organizationsService.update(actor, id, input));
  }

  @Mutation(() => OrganizationType, {
    description: 'Platform administrators; refused with CONFLICT while processes remain.',
  })
  async deleteOrganization(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<OrganizationType> {
    return toOrganizationType(await this.organizationsService.delete(actor, id));
  }
}
