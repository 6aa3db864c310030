import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '../auth/auth.decorators.js';
import type { Actor } from '../auth/domain/actor.js';
import type { GraphQLContext } from '../auth/graphql-context.js';
import { ProcessType } from '../processes/dtos/process.type.js';
import { toClaimCheck, toClaimVerification, toVendorClaim } from './claim.mapper.js';
import { ClaimsService } from './claims.service.js';
import {
  ClaimCheckType,
  ClaimsArgs,
  ClaimVerificationType,
  CreateVendorClaimInput,
  DEFAULT_VERIFICATIONS_LISTED,
  MAX_VERIFICATIONS_LISTED,
  VendorClaimConnectionType,
  VendorClaimType,
  VerificationsArgs,
  VerifyClaimOptionsInput,
} from './dtos/claim.types.js';
import { InputArg } from '../common/validation/input-arg.js';
import { ORGANIZATION_WIDE_COMPUTATION_COST } from '../common/query-cost.js';
import { claimLoaders } from './claim.loaders.js';

@Resolver(() => VendorClaimType)
export class ClaimsResolver {
  constructor(private readonly service: ClaimsService) {}

  @Mutation(() => VendorClaimType, { description: 'An AUDITOR (or ADMIN) registers what a vendor promised, with its source.' })
  async createVendorClaim(@CurrentActor() actor: Actor, @Args('input') input: CreateVendorClaimInput): Promise<VendorClaimType> {
    return toVendorClaim(await this.service.create(actor, input));
  }

  @Mutation(() => ClaimVerificationType, {
    description: 'An AUDITOR (or ADMIN) tests a claim for every process in its scope: before a pilot (plausibility) and after it (measured change). Stored immutably.',
    // Seeded draws for every process in scope: costed as a batch of simulations.
    complexity: ORGANIZATION_WIDE_COMPUTATION_COST,
  })
  async verifyClaim(
    @CurrentActor() actor: Actor,
    @Args('claimId', { type: () => ID }) claimId: string,
    @InputArg('options', () => VerifyClaimOptionsInput, { nullable: true }) options?: VerifyClaimOptionsInput | null,
  ): Promise<ClaimVerificationType> {
    return toClaimVerification(await this.service.verify(actor, claimId, options ?? {}));
  }

  @Query(() => VendorClaimConnectionType, { description: "Claims of the caller's organizations, newest first." })
  async claims(@CurrentActor() actor: Actor, @Args() args: ClaimsArgs): Promise<VendorClaimConnectionType> {
    const page = await this.service.list(actor, args);
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toVendorClaim(edge.node) })) };
  }

  @Query(() => VendorClaimType)
  async claim(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<VendorClaimType> {
    return toVendorClaim(await this.service.get(actor, id));
  }

  @ResolveField(() => [ClaimVerificationType], {
    description: `The latest runs, newest first (first: 1..${MAX_VERIFICATIONS_LISTED}, default ${DEFAULT_VERIFICATIONS_LISTED}); each reads the same forever.`,
  })
  async verifications(
    @Parent() claim: VendorClaimType,
    @Args() { first }: VerificationsArgs,
    @Context() context: GraphQLContext,
  ): Promise<ClaimVerificationType[]> {
    return (await context.loaders.of(claimLoaders).verificationsByClaimId.load(claim.id)).slice(0, first).map(toClaimVerification);
  }
}

@Resolver(() => ClaimVerificationType)
export class ClaimVerificationResolver {
  @ResolveField(() => [ClaimCheckType], { description: 'One per process in the claim scope.' })
  async checks(@Parent() verification: ClaimVerificationType, @Context() context: GraphQLContext): Promise<ClaimCheckType[]> {
    return (await context.loaders.of(claimLoaders).checksByVerificationId.load(verification.id)).map(toClaimCheck);
  }
}

@Resolver(() => ProcessType)
export class ProcessClaimChecksResolver {
  @ResolveField(() => [ClaimCheckType], { description: "The latest check of each claim covering this process." })
  async claimChecks(@Parent() process: ProcessType, @Context() context: GraphQLContext): Promise<ClaimCheckType[]> {
    return (await context.loaders.of(claimLoaders).latestClaimChecksByProcessId.load(process.id)).map(toClaimCheck);
  }
}
