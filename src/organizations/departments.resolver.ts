import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '../auth/auth.decorators.js';
import type { Actor } from '../auth/domain/actor.js';
import { NotFoundError } from '../common/errors/domain-error.js';
import type { GraphQLContext } from '../auth/graphql-context.js';
import { CreateDepartmentInput, UpdateDepartmentInput } from './dtos/department.input.js';
import { DepartmentType } from './dtos/department.type.js';
import { OrganizationType } from './dtos/organization.type.js';
import { toDepartmentType, toOrganizationType } from './organization.mapper.js';
import { OrganizationsService } from './organizations.service.js';
import { organizationLoaders } from './organization.loaders.js';

@Resolver(() => DepartmentType)
export class DepartmentsResolver {
  constructor(private readonly organizations: OrganizationsService) {}

  @ResolveField(() => OrganizationType)
  async organization(
    @Parent() department: DepartmentType,
    @Context() context: GraphQLContext,
  ): Promise<OrganizationType> {
    const organization = await context.loaders.of(organizationLoaders).organizationById.load(department.organizationId);
    if (!organization) throw new NotFoundError('organization', department.organizationId);
    return toOrganizationType(organization);
  }

  @Mutation(() => DepartmentType)
  async createDepartment(@CurrentActor() actor: Actor, @Args('input') input: CreateDepartmentInput): Promise<DepartmentType> {
    return toDepartmentType(await this.organizations.createDepartment(actor, input));
  }

  @Mutation(() => DepartmentType)
  async updateDepartment(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateDepartmentInput,
  ): Promise<DepartmentType> {
    return toDepartmentType(await this.organizations.updateDepartment(actor, id, input));
  }

  @Mutation(() => DepartmentType, {
    description: 'Refused with CONFLICT while processes still belong to the department.',
  })
  async deleteDepartment(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<DepartmentType> {
    return toDepartmentType(await this.organizations.deleteDepartment(actor, id));
  }
}
