import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { MoneyScalar } from '../../common/scalars/money.scalar.js';
import { ID_MESSAGE, Trim, ValidateIfPresent } from '../../common/validation/decorators.js';
import { MultiLineText, SingleLineText } from '../../common/validation/text-characters.js';
import { ProcessCategory, ProcessStatus } from '../domain/process.enums.js';
import { WorkflowStepInput } from './workflow-step.input.js';

export const MAX_STEPS = 100;
const NAME_MESSAGE = 'name must not be empty';
const CATEGORY_MESSAGE = `category must be one of ${Object.values(ProcessCategory).join(', ')}`;
const STATUS_MESSAGE = `status must be one of ${Object.values(ProcessStatus).join(', ')}`;
const share = (field: string) => `${field} must be a share between 0 and 1 (e.g. 0.15 for 15%)`;
const count = (field: string, min: number) => `${field} must be a whole number of at least ${min}`;

const IsShare = (field: string) => (target: object, property: string) => {
  IsNumber({ allowNaN: false, allowInfinity: false }, { message: share(field) })(target, property);
  Min(0, { message: share(field) })(target, property);
  Max(1, { message: share(field) })(target, property);
};
const IsCount = (field: string, min: number) => (target: object, property: string) => {
  IsInt({ message: count(field, min) })(target, property);
  Min(min, { message: count(field, min) })(target, property);
};

/**
 * Attributes shared by create and update. Those that cannot be empty accept omission but not
 * null; the nullable ones are cleared by null.
 */
@InputType({ isAbstract: true })
export abstract class ProcessAttributesInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: `departmentId ${ID_MESSAGE}` })
  departmentId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000, { message: 'description must be at most 5000 characters' })
  @MultiLineText()
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Who to ask about the process.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200, { message: 'ownerContact must be at most 200 characters' })
  @SingleLineText()
  ownerContact?: string | null;

  @Field(() => ProcessStatus, { nullable: true, description: 'Defaults to DRAFT.' })
  @ValidateIfPresent()
  @IsEnum(ProcessStatus, { message: STATUS_MESSAGE })
  status?: ProcessStatus;

  @Field(() => Float, { nullable: true, description: 'Share of cases needing human judgement; default 0.' })
  @ValidateIfPresent()
  @IsShare('exceptionRate')
  exceptionRate?: number;

  @Field(() => Int, { nullable: true, description: 'Default 0.' })
  @ValidateIfPresent()
  @IsCount('expectedChanges12m', 0)
  expectedChanges12m?: number;

  @Field(() => Int, { nullable: true, description: 'Default 1.' })
  @ValidateIfPresent()
  @IsCount('applicationCount', 1)
  applicationCount?: number;

  @Field(() => Boolean, { nullable: true, description: 'Default false.' })
  @ValidateIfPresent()
  @IsBoolean({ message: 'documentationAvailable must be true or false' })
  documentationAvailable?: boolean;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsCount('statutoryDeadlineDays', 0)
  statutoryDeadlineDays?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Default false.' })
  @ValidateIfPresent()
  @IsBoolean({ message: 'decidesAboutPerson must be true or false' })
  decidesAboutPerson?: boolean;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsShare('standardisationEstimate')
  standardisationEstimate?: number | null;

  @Field(() => Float, { nullable: true, description: 'Hours a week the service is open to its clients now, up to 168.' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'serviceHoursPerWeek must be a number of hours between 1 and 168' })
  @Min(1, { message: 'serviceHoursPerWeek must be a number of hours between 1 and 168' })
  @Max(168, { message: 'serviceHoursPerWeek must be a number of hours between 1 and 168' })
  serviceHoursPerWeek?: number | null;

  @Field(() => MoneyScalar, { nullable: true })
  @IsOptional()
  @IsString()
  hourlyLabourCost?: string | null;

  @Field(() => MoneyScalar, { nullable: true })
  @IsOptional()
  @IsString()
  costPerError?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsCount('estimatedMonthlyVolume', 0)
  estimatedMonthlyVolume?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber(
    { allowNaN: false, allowInfinity: false },
    { message: 'estimatedHandlingMinutes must be a number of minutes between 0 and 10000' },
  )
  @Min(0, { message: 'estimatedHandlingMinutes must be a number of minutes between 0 and 10000' })
  @Max(10000, { message: 'estimatedHandlingMinutes must be a number of minutes between 0 and 10000' })
  estimatedHandlingMinutes?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsShare('estimatedErrorRate')
  estimatedErrorRate?: number | null;
}

@InputType()
export class CreateProcessInput extends ProcessAttributesInput {
  @Field(() => ID)
  @IsUUID('all', { message: `organizationId ${ID_MESSAGE}` })
  organizationId: string;

  @Field()
  @Trim()
  @IsString({ message: NAME_MESSAGE })
  @IsNotEmpty({ message: NAME_MESSAGE })
  @MaxLength(200, { message: 'name must be at most 200 characters' })
  @SingleLineText()
  name: string;

  @Field(() => ProcessCategory)
  @IsEnum(ProcessCategory, { message: CATEGORY_MESSAGE })
  category: ProcessCategory;

  @Field(() => [WorkflowStepInput], { nullable: true, description: 'In order; defaults to none.' })
  @IsOptional()
  @ArrayMaxSize(MAX_STEPS, { message: `a process has at most ${MAX_STEPS} steps` })
  @ValidateNested({ each: true })
  @Type(() => WorkflowStepInput)
  steps?: WorkflowStepInput[] | null;
}

@InputType({ description: 'Omitted fields stay as they are; null clears a nullable field.' })
export class UpdateProcessInput extends ProcessAttributesInput {
  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT.' })
  @IsInt({ message: 'version must be the whole-number version you read' })
  version: number;

  @Field({ nullable: true })
  @ValidateIfPresent()
  @Trim()
  @IsString({ message: NAME_MESSAGE })
  @IsNotEmpty({ message: NAME_MESSAGE })
  @MaxLength(200, { message: 'name must be at most 200 characters' })
  @SingleLineText()
  name?: string;

  @Field(() => [WorkflowStepInput], {
    nullable: true,
    description: 'The complete new list of steps, in order, saved in the same transaction as the fields; omit to keep the steps.',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_STEPS, { message: `a process has at most ${MAX_STEPS} steps` })
  @ValidateNested({ each: true })
  @Type(() => WorkflowStepInput)
  steps?: WorkflowStepInput[] | null;

  @Field(() => ProcessCategory, { nullable: true })
  @ValidateIfPresent()
  @IsEnum(ProcessCategory, { message: CATEGORY_MESSAGE })
  category?: ProcessCategory;
}

@InputType()
export class ReplaceStepsInput {
  @Field(() => Int, { description: 'The process version you read.' })
  @IsInt({ message: 'version must be the whole-number version you read' })
  version: number;

  @Field(() => [WorkflowStepInput], { description: 'The complete new list, in order.' })
  @ArrayMaxSize(MAX_STEPS, { message: `a process has at most ${MAX_STEPS} steps` })
  @ValidateNested({ each: true })
  @Type(() => WorkflowStepInput)
  steps: WorkflowStepInput[];
}

@InputType()
export class AddWorkflowStepInput {
  @Field(() => Int, { description: 'The process version you read.' })
  @IsInt({ message: 'version must be the whole-number version you read' })
  version: number;

  @Field(() => Int, { nullable: true, description: '1-based; defaults to after the last step.' })
  @IsOptional()
  @IsCount('position', 1)
  position?: number | null;

  @Field(() => WorkflowStepInput)
  @ValidateNested()
  @Type(() => WorkflowStepInput)
  step: WorkflowStepInput;
}

@InputType()
export class UpdateWorkflowStepInput {
  @Field(() => Int, { description: 'The process version you read.' })
  @IsInt({ message: 'version must be the whole-number version you read' })
  version: number;

  @Field(() => WorkflowStepInput, { description: 'The step as it should be.' })
  @ValidateNested()
  @Type(() => WorkflowStepInput)
  step: WorkflowStepInput;
}

@InputType()
export class ProcessFilterInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: `organizationId ${ID_MESSAGE}` })
  organizationId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: `departmentId ${ID_MESSAGE}` })
  departmentId?: string;

  @Field(() => ProcessCategory, { nullable: true })
  @IsOptional()
  @IsEnum(ProcessCategory, { message: CATEGORY_MESSAGE })
  category?: ProcessCategory;

  @Field(() => ProcessStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ProcessStatus, { message: STATUS_MESSAGE })
  status?: ProcessStatus;

  @Field({ nullable: true, description: 'Case-insensitive match in name or description.' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'text must be at most 200 characters' })
  text?: string;
}
