import { Field, ID, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { ID_MESSAGE, Trim } from '../../common/validation/decorators.js';
import { SingleLineText } from '../../common/validation/text-characters.js';

const NAME_MESSAGE = 'name must not be empty';

@InputType()
export class CreateDepartmentInput {
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
}

@InputType()
export class UpdateDepartmentInput {
  @Field()
  @Trim()
  @IsString({ message: NAME_MESSAGE })
  @IsNotEmpty({ message: NAME_MESSAGE })
  @MaxLength(200, { message: 'name must be at most 200 characters' })
  @SingleLineText()
  name: string;
}
