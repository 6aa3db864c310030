import { Field, Float, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { Trim } from '../../common/validation/decorators.js';
import { MultiLineText, SingleLineText } from '../../common/validation/text-characters.js';
import { StepInputType } from '../domain/process.enums.js';

const MINUTES_MESSAGE = 'minutesPerCase must be a number of minutes between 0 and 10000';

@InputType()
export class WorkflowStepInput {
  @Field()
  @Trim()
  @IsString({ message: 'name must not be empty' })
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(200, { message: 'name must be at most 200 characters' })
  @SingleLineText()
  name: string;

  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: MINUTES_MESSAGE })
  @Min(0, { message: MINUTES_MESSAGE })
  @Max(10000, { message: MINUTES_MESSAGE })
  minutesPerCase: number;

  @Field()
  @IsBoolean({ message: 'ruleBased must be true or false' })
  ruleBased: boolean;

  @Field(() => StepInputType)
  @IsEnum(StepInputType, {
    message: `inputType must be one of ${Object.values(StepInputType).join(', ')}`,
  })
  inputType: StepInputType;

  @Field(() => [String], { nullable: true, description: 'Defaults to none.' })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'at most 20 systems per step' })
  @IsString({ each: true, message: 'each system must be a name' })
  @IsNotEmpty({ each: true, message: 'a system name must not be empty' })
  @MaxLength(100, { each: true, message: 'a system name must be at most 100 characters' })
  @SingleLineText({ each: true })
  systems?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Overrides the rule "rule-based AND structured digital"; needs a reason.',
  })
  @IsOptional()
  @IsBoolean({ message: 'automatableOverride must be true, false or null' })
  automatableOverride?: boolean | null;

  @Field(() => String, { nullable: true })
  @ValidateIf((step: WorkflowStepInput) => step.automatableOverride != null || step.automatableReason != null)
  @Trim()
  @IsString({ message: 'automatableReason is required when automatableOverride is set' })
  @IsNotEmpty({ message: 'automatableReason is required when automatableOverride is set' })
  @MaxLength(1000, { message: 'automatableReason must be at most 1000 characters' })
  @MultiLineText()
  automatableReason?: string | null;
}
