import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsDate, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { ID_MESSAGE } from '../../common/validation/decorators.js';
import { Connection } from '../../common/pagination/connection-type.js';
import { JsonScalar } from '../../common/scalars/json.scalar.js';

@ObjectType('AuditEntry', { description: 'One change: who, when, what, with the row before and after.' })
export class AuditEntryType {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { nullable: true })
  organizationId: string | null;

  @Field(() => ID, { nullable: true, description: 'Null for changes made by the system itself (migrations, seeding).' })
  actorUserId: string | null;

  @Field({ description: 'INSERT, UPDATE, DELETE, or a named action such as IMPORT.' })
  action: string;

  @Field({ description: 'Table or kind of record, e.g. process, workflow_step.' })
  entity: string;

  @Field(() => String, { nullable: true })
  entityId: string | null;

  @Field(() => JsonScalar, { nullable: true })
  before: Record<string, unknown> | null;

  @Field(() => JsonScalar, { nullable: true })
  after: Record<string, unknown> | null;

  @Field(() => String, { nullable: true, description: 'SHA-256 of an imported file.' })
  fileHash: string | null;

  @Field()
  occurredAt: Date;
}

@ObjectType('AuditEntryConnection')
export class AuditEntryConnection extends Connection(AuditEntryType, 'AuditEntry') {}

@InputType()
export class AuditFilterInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entity?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityId?: string;

  @Field(() => ID, { nullable: true, description: 'Who: entries caused by this user.' })
  @IsOptional()
  @IsUUID('all', { message: `actorUserId ${ID_MESSAGE}` })
  actorUserId?: string;

  @Field({ nullable: true, description: 'What: INSERT, UPDATE, DELETE or a named action such as IMPORT.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  action?: string;

  @Field(() => Date, { nullable: true, description: 'When: at or after this moment.' })
  @IsOptional()
  @IsDate({ message: 'occurredFrom must be a date-time' })
  occurredFrom?: Date;

  @Field(() => Date, { nullable: true, description: 'When: before this moment.' })
  @IsOptional()
  @IsDate({ message: 'occurredBefore must be a date-time' })
  occurredBefore?: Date;
}

