import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '../auth/auth.decorators.js';
import type { Actor } from '../auth/domain/actor.js';
import { NotFoundError } from '../common/errors/domain-error.js';
import type { GraphQLContext } from '../auth/graphql-context.js';
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
import { InputArg } from '../common/validation/input-arg.js';
import { organizationLoaders } from '../organizations/organization.loaders.js';
import { processLoaders } from './process.loaders.js';

@Resolver(() => ProcessType)
export class ProcessesResolver {
  constructor(private readonly processesService: ProcessesService) {}

  @Query(() => ProcessConnection, { description: 'Processes by name, filtered and paginated.' })
  async processes(
    @CurrentActor() actor: Actor,
    @InputArg('filter', () => ProcessFilterInput, { nullable: true }) filter: ProcessFilterInput | null,
    @Args() page: PageArgs,
  ): Promise<ProcessConnection> {
    const result = await this.processesService.list(actor, filter ?? {}, page.first, page.after);
    return { ...result, edges: result.edges.map((e) => ({ ...e, node: toProcessType(e.node) })) };
  }

  @Query(() => ProcessType)
  async process(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<ProcessType> {
    return toProcessType(await this.processesService.get(actor, id));
  }

  @ResolveField(() => [WorkflowStepType], { description: 'In order.' })
  async steps(
    @Parent() process: ProcessType,
    @Context() context: GraphQLContext,
  ): Promise<WorkflowStepType[]> {
    return (await context.loaders.of(processLoaders).stepsByProcessId.load(process.id)).map(toWorkflowStepType);
  }

  @ResolveField(() => OrganizationType)
  async organization(
    @Parent() process: ProcessType,
    @Context() context: GraphQLContext,
  ): Promise<OrganizationType> {
    const organization = await context.loaders.of(organizationLoaders).organizationById.load(process.organizationId);
    if (!organization) throw new NotFoundError('organization', process.organizationId);
    return toOrganizationType(organization);
  }

  @ResolveField(() => DepartmentType, { nullable: true })
  async department(
    @Parent() process: ProcessType,
    @Context() context: GraphQLContext,
  ): Promise<DepartmentType | null> {
    if (process.departmentId === null) return null;
    const department = await context.loaders.of(organizationLoaders).departmentById.load(process.departmentId);
    return department ? toDepartmentType(department) : null;
  }

  @Mutation(() => ProcessType, { description: 'Creates the process and its steps in one transaction.' })
  async createProcess(@CurrentActor() actor: Actor, @Args('input') input: CreateProcessInput): Promise<ProcessType> {
    return toProcessType(await this.processesService.create(actor, input));
  }

  @Mutation(() => ProcessType)
  async updateProcess(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateProcessInput,
  ): Promise<ProcessType> {
    return toProcessType(await this.processesService.update(actor, id, input));
  }

  @Mutation(() => ProcessType, { description: 'Deletes the process with its steps.' })
  async deleteProcess(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<ProcessType> {
    return toProcessType(await this.processesService.delete(actor, id, version));
  }

  @Mutation(() => ProcessType, { description: 'Hands the process to another PROCESS_OWNER (ADMIN).' })
  async assignProcessOwner(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('ownerUserId', { type: () => ID }) ownerUserId: string,
  ): Promise<ProcessType> {
    return toProcessType(await this.processesService.assignOwner(actor, id, version, ownerUserId));
  }

  @Mutation(() => ProcessType, {
    description: "Replaces all of a process's steps in one transaction; returns the new version.",
  })
  async replaceProcessSteps(
    @CurrentActor() actor: Actor,
    @Args('processId', { type: () => ID }) processId: string,
    @Args('input') input: ReplaceStepsInput,
  ): Promise<ProcessType> {
    return toProcessType(await this.processesService.replaceSteps(actor, processId, input));
  }

  @Mutation(() => ProcessType, { description: 'Inserts a step; later steps move down.' })
  async createWorkflowStep(
    @CurrentActor() actor: Actor,
    @Args('processId', { type: () => ID }) processId: string,
    @Args('input') input: AddWorkflowStepInput,
  ): Promise<ProcessType> {
    return toProcessType(await this.processesService.addStep(actor, processId, input));
  }

  @Mutation(() => ProcessType)
  async updateWorkflowStep(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateWorkflowStepInput,
  ): Promise<ProcessType> {
    return toProcessType(await this.processesService.updateStep(actor, id, input));
  }

  @Mutation(() => ProcessType, { description: 'Removes a step; later steps move up.' })
  async deleteWorkflowStep(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('processVersion', { type: () => Int }) processVersion: number,
  ): Promise<ProcessType> {
    return toProcessType(await this.processesService.deleteStep(actor, id, processVersion));
  }
}
