import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Department')
export class DepartmentType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  organizationId: string;

  @Field()
  name: string;
}
