import { connectionNodeSelection } from '../common/pagination/node-selection.js';
import { OrganizationArgs } from '../common/tenancy/organization.args.js';
import { InputArg } from '../common/validation/input-arg.js';
import { Args, Context, ID, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { CurrentActor } from '../auth/auth.decorators.js';
import type { Actor } from '../auth/domain/actor.js';
import type { GraphQLContext } from '../auth/graphql-context.js';
import { ProcessType } from '../processes/dtos/process.type.js';
import { AutomationScenarioInput, ReadinessWeightsInput } from './dtos/scenario.input.js';
import { AutomationScenarioType, ReadinessWeightsType } from './dtos/scenario.type.js';
import {
  CandidateAssessmentType,
  CandidateRankingArgs,
  CandidateRankingType,
  CandidateType,
  CandidateWhatIfType,
  WeightsPreviewRowType,
  PortfolioSummaryArgs,
  portfolioSummaryCost,
  PortfolioSummaryType,
} from './dtos/scoring.types.js';
import { PortfolioService } from './portfolio.service.js';
import { RankingService } from './ranking.service.js';
import { ScenariosService } from './scenarios.service.js';
import { Quadrant } from './scoring.enums.js';
import { assessedCandidateType, toAutomationScenarioType, toCandidateType, toReadinessWeightsType } from './scoring.mapper.js';
import { scoringLoaders } from './scoring.loaders.js';
import { ORGANIZATION_WIDE_COMPUTATION_COST, SINGLE_PROCESS_COMPUTATION_COST } from '../common/query-cost.js';

@Resolver()
export class ScoringResolver {
  constructor(
    private readonly ranking: RankingService,
    private readonly portfolio: PortfolioService,
    private readonly scenarios: ScenariosService,
  ) {}

  @Query(() => CandidateRankingType, {
    description: 'Automation candidates, best first, from stored scores. Negative NPVs are listed, never hidden.',
  })
  candidateRanking(@CurrentActor() actor: Actor, @Args() args: CandidateRankingArgs, @Info() info: GraphQLResolveInfo): Promise<CandidateRankingType> {
    const selection = connectionNodeSelection(info.fieldNodes, info.fragments);
    return this.ranking.ranking(actor, args.organizationId, args.filter ?? {}, args.orderBy ?? undefined, args.first, args.after, selection);
  }

  @Query(() => CandidateAssessmentType, {
    description: "One process's stored score with its components, inputs and assumptions (rank: within its organization by P50 NPV).",
  })
  candidateAssessment(
    @CurrentActor() actor: Actor,
    @Args('processId', { type: () => ID }) processId: string,
  ): Promise<CandidateAssessmentType> {
    return this.ranking.assessment(actor, processId);
  }

  @Query(() => CandidateWhatIfType, {
    description:
      "A process assessed as if its own scenario were `scenario` (omitted: as it is now), with the simulated NPV's histogram; nothing is stored. Save it with setProcessScenario.",
    complexity: SINGLE_PROCESS_COMPUTATION_COST,
  })
  async candidateWhatIf(
    @CurrentActor() actor: Actor,
    @Args('processId', { type: () => ID }) processId: string,
    @InputArg('scenario', () => AutomationScenarioInput, { nullable: true }) scenario: AutomationScenarioInput | null,
  ): Promise<CandidateWhatIfType> {
    const outcome = await this.scenarios.whatIf(actor, processId, scenario ?? null);
    return { candidate: assessedCandidateType(outcome.score, outcome.rank), npvHistogram: outcome.npvHistogram };
  }

  @Query(() => PortfolioSummaryType, {
    description: 'Total hours and NPV ranges of the top N candidates taken together.',
    // One Monte Carlo run per candidate: cost follows top (the largest when given as a variable).
    complexity: portfolioSummaryCost,
  })
  portfolioSummary(@CurrentActor() actor: Actor, @Args() args: PortfolioSummaryArgs): Promise<PortfolioSummaryType> {
    return this.portfolio.summary(actor, args.organizationId, args.filter ?? {}, args.orderBy ?? undefined, args.top, args.processIds ?? null);
  }

  @Query(() => AutomationScenarioType, { nullable: true, description: "The organization's default scenario; null while none is set." })
  async organizationScenario(
    @CurrentActor() actor: Actor,
    @Args() { organizationId }: OrganizationArgs,
  ): Promise<AutomationScenarioType | null> {
    const entity = await this.scenarios.organizationScenario(actor, organizationId);
    return entity ? toAutomationScenarioType(entity) : null;
  }

  @Query(() => [AutomationScenarioType], { description: "The processes' own scenarios in an organization; a process not listed follows the organization's." })
  async processScenarios(@CurrentActor() actor: Actor, @Args() { organizationId }: OrganizationArgs): Promise<AutomationScenarioType[]> {
    return (await this.scenarios.processScenarios(actor, organizationId)).map(toAutomationScenarioType);
  }

  @Query(() => AutomationScenarioType, { nullable: true, description: "A process's own scenario; null when it follows its organization's." })
  async processScenario(
    @CurrentActor() actor: Actor,
    @Args('processId', { type: () => ID }) processId: string,
  ): Promise<AutomationScenarioType | null> {
    const entity = await this.scenarios.processScenario(actor, processId);
    return entity ? toAutomationScenarioType(entity) : null;
  }

  @Query(() => ReadinessWeightsType)
  async readinessWeights(
    @CurrentActor() actor: Actor,
    @Args() { organizationId }: OrganizationArgs,
  ): Promise<ReadinessWeightsType> {
    return toReadinessWeightsType(organizationId, await this.scenarios.weights(actor, organizationId));
  }

  @Query(() => [WeightsPreviewRowType], {
    description: 'The ten processes easiest to implement under proposed readiness weights, with their position now; nothing is stored.',
  })
  async readinessWeightsPreview(
    @CurrentActor() actor: Actor,
    @Args() { organizationId }: OrganizationArgs,
    @Args('input') input: ReadinessWeightsInput,
  ): Promise<WeightsPreviewRowType[]> {
    return (await this.scenarios.weightsPreview(actor, organizationId, input)).map((row) => ({
      ...row,
      quadrantNow: Quadrant[row.quadrantNow as keyof typeof Quadrant],
      quadrantThen: Quadrant[row.quadrantThen as keyof typeof Quadrant],
    }));
  }

  @Mutation(() => AutomationScenarioType, {
    description: "A MANAGER (or ADMIN) sets the organization's default scenario; every process is re-scored. Omit version to create.",
    complexity: ORGANIZATION_WIDE_COMPUTATION_COST,
  })
  async setOrganizationScenario(
    @CurrentActor() actor: Actor,
    @Args() { organizationId }: OrganizationArgs,
    @Args('input') input: AutomationScenarioInput,
    @Args('version', { type: () => Int, nullable: true }) version?: number | null,
  ): Promise<AutomationScenarioType> {
    return toAutomationScenarioType(await this.scenarios.setOrganizationScenario(actor, organizationId, input, version));
  }

  @Mutation(() => AutomationScenarioType, {
    description: "A MANAGER (or ADMIN) overrides the scenario of one process; null fields follow the organization's.",
  })
  async setProcessScenario(
    @CurrentActor() actor: Actor,
    @Args('processId', { type: () => ID }) processId: string,
    @Args('input') input: AutomationScenarioInput,
    @Args('version', { type: () => Int, nullable: true }) version?: number | null,
  ): Promise<AutomationScenarioType> {
    return toAutomationScenarioType(await this.scenarios.setProcessScenario(actor, processId, input, version));
  }

  @Mutation(() => AutomationScenarioType, { description: "Drops a process's own scenario; it follows its organization's again." })
  async clearProcessScenario(
    @CurrentActor() actor: Actor,
    @Args('processId', { type: () => ID }) processId: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<AutomationScenarioType> {
    return toAutomationScenarioType(await this.scenarios.clearProcessScenario(actor, processId, version));
  }

  @Mutation(() => ReadinessWeightsType, {
    description: 'A MANAGER (or ADMIN) sets the Ease of Implementation weights; every process is re-scored with them.',
    complexity: ORGANIZATION_WIDE_COMPUTATION_COST,
  })
  async setReadinessWeights(
    @CurrentActor() actor: Actor,
    @Args() { organizationId }: OrganizationArgs,
    @Args('input') input: ReadinessWeightsInput,
    @Args('version', { type: () => Int, nullable: true, description: 'Omit (or 0) while the organization uses the default weights.' })
    version?: number | null,
  ): Promise<ReadinessWeightsType> {
    return toReadinessWeightsType(organizationId, await this.scenarios.setWeights(actor, organizationId, input, version));
  }
}

@Resolver(() => ProcessType)
export class ProcessCandidateResolver {
  @ResolveField(() => CandidateType, {
    nullable: true,
    description: 'The stored automation score (rank: within its organization by P50 NPV); null until scored.',
  })
  async candidate(@Parent() process: ProcessType, @Context() context: GraphQLContext): Promise<CandidateType | null> {
    const row = await context.loaders.of(scoringLoaders).candidateByProcessId.load(process.id);
    return row ? toCandidateType(row, row.rank) : null;
  }
}
