import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { ID_MESSAGE } from '../validation/decorators.js';

/** The `organizationId` argument of operations on one organization, validated as an id. */
@ArgsType()
export class OrganizationArgs {
  @Field(() => ID)
  @IsUUID('all', { message: `organizationId ${ID_MESSAGE}` })
  organizationId: string;
}
