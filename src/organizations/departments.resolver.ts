import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { NotFoundError } from '../common/errors/domain-error.js';
import type { GraphQLContext } from '../common/loaders/request-loaders.js';
import { CreateDepartmentInput, UpdateDepartmentInput } from './dtos/department.input.js';
import { DepartmentType } from './dtos/department.type.js';
import { OrganizationType } from './dtos/organization.type.js';
import { toDepartmentType, toOrganizationType } from './organization.mapper.js';
import { OrganizationsService } from './organizations.service.js';

@Resolver(() => DepartmentType)
export class DepartmentsResolver {
  constructor(private readonly organizations: OrganizationsService) {}

  @ResolveField(() => OrganizationType)
  async organization(
    @Parent() department: DepartmentType,
    @Context() context: GraphQLContext,
  ): Promise<OrganizationType> {
    const organization = await context.loaders.organizationById.load(department.organizationId);
    if (!organization) throw new NotFoundError('organization', department.organizationId);
    return toOrganizationType(organization);
  }

  @Mutation(() => DepartmentType)
  async createDepartment(@Args('input') input: CreateDepartmentInput): Promise<DepartmentType> {
    return toDepartmentType(await this.organizations.createDepartment(input));
  }

  @Mutation(() => DepartmentType)
  async updateDepartment(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateDepartmentInput,
  ): Promise<DepartmentType> {
    return toDepartmentType(await this.organizations.updateDepartment(id, input));
  }

  @Mutation(() => DepartmentType, {
    description: 'Refused with CONFLICT while processes still belong to the department.',
  })
  async deleteDepartment(@Args('id', { type: () => ID }) id: string): Promise<DepartmentType> {
    return toDepartmentType(await this.organizations.deleteDepartment(id));
  }
}
