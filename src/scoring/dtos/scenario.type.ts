import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { MoneyScalar } from '../../common/scalars/money.scalar.js';
import type { ReadinessWeights } from '../scoring.data.js';

@ObjectType('AutomationScenario', { description: 'Cost-side settings as stored at one level; null fields fall back.' })
export class AutomationScenarioType {
  @Field(() => ID) id: string;
  @Field(() => ID) organizationId: string;
  @Field(() => ID, { nullable: true, description: "Null: the organization's defaults." }) processId: string | null;
  @Field(() => MoneyScalar, { nullable: true }) botLicensePerYear: string | null;
  @Field(() => MoneyScalar, { nullable: true }) implementationCost: string | null;
  @Field(() => MoneyScalar, { nullable: true }) grantAmount: string | null;
  @Field(() => MoneyScalar, { nullable: true }) hourlyLabourCost: string | null;
  @Field(() => MoneyScalar, { nullable: true }) costPerError: string | null;
  @Field(() => Float, { nullable: true }) maintenanceShare: number | null;
  @Field(() => Float, { nullable: true }) supervisionMinutes: number | null;
  @Field(() => Float, { nullable: true }) botSpeedFactor: number | null;
  @Field(() => Float, { nullable: true }) botCapacityHours: number | null;
  @Field(() => Int, { nullable: true }) horizonYears: number | null;
  @Field(() => Float, { nullable: true }) discountRate: number | null;
  @Field(() => Float, { nullable: true }) automatableExceptionCorrelation: number | null;
  @Field(() => Float, { nullable: true }) productiveHoursPerFte: number | null;
  @Field(() => Int, { nullable: true }) monteCarloSeed: number | null;
  @Field(() => Int, { nullable: true }) monteCarloDraws: number | null;
  @Field(() => Int) version: number;
  @Field() updatedAt: Date;
}

@ObjectType('ReadinessWeights', { description: 'Ease of Implementation weights of an organization (equal unless set).' })
export class ReadinessWeightsType implements ReadinessWeights {
  @Field(() => ID) organizationId: string;
  @Field(() => Float) stability: number;
  @Field(() => Float) standardisation: number;
  @Field(() => Float) structuredInput: number;
  @Field(() => Float) applicationComplexity: number;
  @Field(() => Float) documentation: number;
  @Field(() => Int, { description: '0 while the organization uses the default equal weights.' }) version: number;
}
