import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../../common/pagination/connection-type.js';
import { MoneyScalar } from '../../common/scalars/money.scalar.js';
import { ProcessCategory, ProcessStatus, StepInputType } from '../domain/process.enums.js';

registerEnumType(ProcessCategory, { name: 'ProcessCategory' });
registerEnumType(ProcessStatus, {
  name: 'ProcessStatus',
  description: 'Where the process stands on the way to automation.',
});
registerEnumType(StepInputType, {
  name: 'StepInputType',
  description: 'How the input of a step arrives: only STRUCTURED_DIGITAL input is bot-ready.',
});

@ObjectType('WorkflowStep')
export class WorkflowStepType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  processId: string;

  @Field(() => Int, { description: '1-based order within the process.' })
  position: number;

  @Field()
  name: string;

  @Field(() => Float)
  minutesPerCase: number;

  @Field({ description: 'Decided by fixed rules, without human judgement.' })
  ruleBased: boolean;

  @Field(() => StepInputType)
  inputType: StepInputType;

  @Field(() => [String], { description: 'Systems used, e.g. KSeF, EZD RP, CEPiK.' })
  systems: string[];

  @Field(() => Boolean, {
    nullable: true,
    description: 'A person\'s override of the rule "rule-based AND structured digital".',
  })
  automatableOverride: boolean | null;

  @Field(() => String, { nullable: true })
  automatableReason: string | null;

  @Field({
    description:
      'Counted as automatable: the override when set, else rule-based with structured digital input.',
  })
  automatable: boolean;
}

@ObjectType('Process')
export class ProcessType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  organizationId: string;

  @Field(() => ID, { nullable: true })
  departmentId: string | null;

  @Field()
  name: string;

  @Field(() => ProcessCategory)
  category: ProcessCategory;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => String, { nullable: true })
  ownerContact: string | null;

  @Field(() => ProcessStatus)
  status: ProcessStatus;

  @Field(() => ID, { nullable: true, description: 'The PROCESS_OWNER user who may change it.' })
  ownerUserId: string | null;

  @Field(() => Float, { description: 'Share of cases needing human judgement, 0..1.' })
  exceptionRate: number;

  @Field(() => Int, { description: 'Changes to rules or systems expected in the next 12 months.' })
  expectedChanges12m: number;

  @Field(() => Int, { description: 'Number of applications the process touches.' })
  applicationCount: number;

  @Field()
  documentationAvailable: boolean;

  @Field(() => Int, { nullable: true, description: 'Statutory deadline to handle a case, in days.' })
  statutoryDeadlineDays: number | null;

  @Field({ description: 'The outcome is a decision about a person (GDPR art. 22).' })
  decidesAboutPerson: boolean;

  @Field(() => Float, {
    nullable: true,
    description: "Owner's estimate of the share of cases following the standard path, 0..1.",
  })
  standardisationEstimate: number | null;

  @Field(() => Float, { nullable: true, description: 'Hours a week the service is open to its clients now (AVAILABILITY claims).' })
  serviceHoursPerWeek: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Fully loaded cost of one staff hour.' })
  hourlyLabourCost: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Average cost of fixing one error.' })
  costPerError: string | null;

  @Field(() => Int, { nullable: true, description: "Owner's estimate, used without measurements." })
  estimatedMonthlyVolume: number | null;

  @Field(() => Float, { nullable: true, description: "Owner's estimate of handling minutes per case." })
  estimatedHandlingMinutes: number | null;

  @Field(() => Float, { nullable: true, description: "Owner's estimate of the error rate, 0..1." })
  estimatedErrorRate: number | null;

  @Field(() => Int, { description: 'Pass it back on update; a stale version is refused (CONFLICT).' })
  version: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

@ObjectType('ProcessConnection')
export class ProcessConnection extends Connection(ProcessType, 'Process') {}
