import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsNumber, IsOptional, IsString, Max, Min } from 'class-validator';
import { MoneyScalar } from '../../common/scalars/money.scalar.js';

const numberBetween = (field: string, min: number, max: number, unit: string) => {
  const message = `${field} must be ${unit} between ${min} and ${max}`;
  return (target: object, property: string) => {
    IsOptional()(target, property);
    IsNumber({ allowNaN: false, allowInfinity: false }, { message })(target, property);
    Min(min, { message })(target, property);
    Max(max, { message })(target, property);
  };
};
const wholeBetween = (field: string, min: number, max: number) => {
  const message = `${field} must be a whole number between ${min} and ${max}`;
  return (target: object, property: string) => {
    IsOptional()(target, property);
    IsInt({ message })(target, property);
    Min(min, { message })(target, property);
    Max(max, { message })(target, property);
  };
};

/**
 * The cost side of automating (methodology section 4). Setting a scenario replaces all its
 * fields: an omitted or null field is "not set here" and falls back to the organization's
 * scenario, then to the methodology's default.
 */
@InputType()
export class AutomationScenarioInput {
  @Field(() => MoneyScalar, { nullable: true, description: 'Bot licence per bot-year (L).' })
  @IsOptional()
  @IsString()
  botLicensePerYear?: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'One-off implementation cost (I).' })
  @IsOptional()
  @IsString()
  implementationCost?: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Grant towards the implementation (G).' })
  @IsOptional()
  @IsString()
  grantAmount?: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: "Fully loaded cost of one staff hour (c_h); a process's own value wins." })
  @IsOptional()
  @IsString()
  hourlyLabourCost?: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: "Cost of one error (c_e); a process's own value wins." })
  @IsOptional()
  @IsString()
  costPerError?: string | null;

  @Field(() => Float, { nullable: true, description: 'Yearly maintenance as a share of the implementation cost (m, default 0.2).' })
  @numberBetween('maintenanceShare', 0, 1, 'a share')
  maintenanceShare?: number | null;

  @Field(() => Float, { nullable: true, description: 'Staff minutes supervising one automated case (s, default 1).' })
  @numberBetween('supervisionMinutes', 0, 600, 'a number of minutes')
  supervisionMinutes?: number | null;

  @Field(() => Float, { nullable: true, description: "Bot runtime per case as a share of the human minutes (k, default 0.25)." })
  @numberBetween('botSpeedFactor', 0.0001, 10, 'a factor')
  botSpeedFactor?: number | null;

  @Field(() => Float, { nullable: true, description: 'Hours one bot can run per year (default 24*365*0.8 = 7008).' })
  @numberBetween('botCapacityHours', 1, 8784, 'a number of hours')
  botCapacityHours?: number | null;

  @Field(() => Int, { nullable: true, description: 'Years the NPV covers (T, default 3).' })
  @wholeBetween('horizonYears', 1, 30)
  horizonYears?: number | null;

  @Field(() => Float, { nullable: true, description: 'Discount rate per year (d, default 0.05).' })
  @numberBetween('discountRate', 0, 1, 'a rate')
  discountRate?: number | null;

  @Field(() => Float, { nullable: true, description: 'Productive hours of one FTE per year (default 1600).' })
  @numberBetween('productiveHoursPerFte', 100, 8784, 'a number of hours')
  productiveHoursPerFte?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Correlation rho between the draws of the automatable share a and the exception rate e (Gaussian copula), -0.95..0.95; default 0 (independent).',
  })
  @numberBetween('automatableExceptionCorrelation', -0.95, 0.95, 'a correlation')
  automatableExceptionCorrelation?: number | null;

  @Field(() => Int, { nullable: true, description: 'Seed of the Monte Carlo draws (default 20260101).' })
  @wholeBetween('monteCarloSeed', 0, 2147483647)
  monteCarloSeed?: number | null;

  @Field(() => Int, { nullable: true, description: 'Number of Monte Carlo draws (default 10000).' })
  @wholeBetween('monteCarloDraws', 100, 100000)
  monteCarloDraws?: number | null;
}

/** Ease of Implementation weights; they need not sum to 1 (the mean is weighted by them). */
@InputType()
export class ReadinessWeightsInput {
  @Field(() => Float)
  @numberBetween('stability', 0, 100, 'a weight')
  stability: number;

  @Field(() => Float)
  @numberBetween('standardisation', 0, 100, 'a weight')
  standardisation: number;

  @Field(() => Float)
  @numberBetween('structuredInput', 0, 100, 'a weight')
  structuredInput: number;

  @Field(() => Float)
  @numberBetween('applicationComplexity', 0, 100, 'a weight')
  applicationComplexity: number;

  @Field(() => Float)
  @numberBetween('documentation', 0, 100, 'a weight')
  documentation: number;
}
