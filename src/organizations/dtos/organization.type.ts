import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../../common/pagination/connection-type.js';
import { OrganizationKind } from '../organization-kind.enum.js';

registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: 'GMINA (municipality), POWIAT (county), VOIVODESHIP (region) or OTHER.',
});

@ObjectType('Organization', { description: 'A public office: a gmina, powiat or voivodeship.' })
export class OrganizationType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field({ description: 'TERYT territorial code, 7 digits.' })
  terytCode: string;

  @Field(() => OrganizationKind)
  kind: OrganizationKind;

  @Field(() => Int, { nullable: true })
  population: number | null;

  @Field({ description: 'ISO 4217 code of the currency all its amounts are in.' })
  currency: string;

  @Field({ description: 'IANA time zone in which date-times without an offset in its files are read.' })
  timeZone: string;
}

@ObjectType('OrganizationConnection')
export class OrganizationConnection extends Connection(OrganizationType, 'Organization') {}
