import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { NotFoundError } from '../common/errors/domain-error.js';
import type { GraphQLContext } from '../common/loaders/request-loaders.js';
import { PageArgs } from '../common/pagination/connection.js';
import { DepartmentType } from '../organizations/dtos/department.type.js';
import { OrganizationType } from '../organizations/dtos/organization.type.js';
import { toDepartmentType, toOrganizationType } from '../organizations/organization.mapper.js';
import {
  AddWorkflowStepInput,
  CreateProcessInput,
  ProcessFilterInput,
  ReplaceStepsInput,
  UpdateProcessInput,
  UpdateWorkflowStepInput,
} from './dtos/process.input.js';
import { ProcessConnection, ProcessType, WorkflowStepType } from './dtos/process.type.js';
import { toProcessType, toWorkflowStepType } from './process.mapper.js';
import { ProcessesService } from './processes.service.js';

@Resolver(() => ProcessType)
export class ProcessesResolver {
  constructor(private readonly processesService: ProcessesService) {}

  @Query(() => ProcessConnection, { description: 'Processes by name, filtered and paginated.' })
  async processes(
    @Args('filter', { type: () => ProcessFilterInput, nullable: true }) filter: ProcessFilterInput | null,
    @Args() page: PageArgs,
  ): Promise<ProcessConnection> {
    const result = await this.processesService.list(filter ?? {}, page.first, page.after);
    return { ...result, edges: result.edges.map((e) => ({ ...e, node: toProcessType(e.node) })) };
  }

  @Query(() => ProcessType)
  async process(@Args('id', { type: () => ID }) id: string): Promise<ProcessType> {
    return toProcessType(await this.processesService.get(id));
  }

  @ResolveField(() => [WorkflowStepType], { description: 'In order.' })
  async steps(
    @Parent() process: ProcessType,
    @Context() context: GraphQLContext,
  ): Promise<WorkflowStepType[]> {
    return (await context.loaders.stepsByProcessId.load(process.id)).map(toWorkflowStepType);
  }

  @ResolveField(() => OrganizationType)
  async organization(
    @Parent() process: ProcessType,
    @Context() context: GraphQLContext,
  ): Promise<OrganizationType> {
    const organization = await context.loaders.organizationById.load(process.organizationId);
    if (!organization) throw new NotFoundError('organization', process.organizationId);
    return toOrganizationType(organization);
  }

  @ResolveField(() => DepartmentType, { nullable: true })
  async department(
    @Parent() process: ProcessType,
    @Context() context: GraphQLContext,
  ): Promise<DepartmentType | null> {
    if (process.departmentId === null) return null;
    const department = await context.loaders.departmentById.load(process.departmentId);
    return department ? toDepartmentType(department) : null;
  }

  @Mutation(() => ProcessType, { description: 'Creates the process and its steps in one transaction.' })
  async createProcess(@Args('input') input: CreateProcessInput): Promise<ProcessType> {
    return toProcessType(await this.processesService.create(input));
  }

  @Mutation(() => ProcessType)
  async updateProcess(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateProcessInput,
  ): Promise<ProcessType> {
    return toProcessType(await this.processesService.update(id, input));
  }

  @Mutation(() => ProcessType, { description: 'Deletes the process with its steps.' })
  async deleteProcess(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<ProcessType> {
    return toProcessType(await this.processesService.delete(id, version));
  }

  @Mutation(() => ProcessType, {
    description: "Replaces all of a process's steps in one transaction; returns the new version.",
  })
  async replaceProcessSteps(
    @Args('processId', { type: () => ID }) processId: string,
    @Args('input') input: ReplaceStepsInput,
  ): Promise<ProcessType> {
    return toProcessType(await this.processesService.replaceSteps(processId, input));
  }

  @Mutation(() => ProcessType, { description: 'Inserts a step; later steps move down.' })
  async createWorkflowStep(
    @Args('processId', { type: () => ID }) processId: string,
    @Args('input') input: AddWorkflowStepInput,
  ): Promise<ProcessType> {
    return toProcessType(await this.processesService.addStep(processId, input));
  }

  @Mutation(() => ProcessType)
  async updateWorkflowStep(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateWorkflowStepInput,
  ): Promise<ProcessType> {
    return toProcessType(await this.processesService.updateStep(id, input));
  }

  @Mutation(() => ProcessType, { description: 'Removes a step; later steps move up.' })
  async deleteWorkflowStep(
    @Args('id', { type: () => ID }) id: string,
    @Args('processVersion', { type: () => Int }) processVersion: number,
  ): Promise<ProcessType> {
    return toProcessType(await this.processesService.deleteStep(id, processVersion));
  }
}
