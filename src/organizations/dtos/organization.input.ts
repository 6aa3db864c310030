import { Field, InputType, Int } from '@nestjs/graphql';
import {
  IsEnum,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';
import { Trim, ValidateIfPresent } from '../../common/validation/decorators.js';
import { SingleLineText } from '../../common/validation/text-characters.js';
import { OrganizationKind } from '../organization-kind.enum.js';

/** 7 digits; the first two are a voivodeship code (even, 02..32). */
export const TERYT_PATTERN = /^(0[2468]|[12][02468]|3[02])\d{5}$/;
const TERYT_MESSAGE =
  'TERYT code must be 7 digits starting with a voivodeship code 02..32 (even), e.g. 1465011';
const NAME_MESSAGE = 'name must not be empty';
const KIND_MESSAGE = `kind must be one of ${Object.values(OrganizationKind).join(', ')}`;
const POPULATION_MESSAGE = 'population must be a whole number of at least 0';
/** IANA names the runtime knows (PostgreSQL knows the same database). */
const TIME_ZONES = [...Intl.supportedValuesOf('timeZone'), 'UTC'];
const TIME_ZONE_MESSAGE = 'timeZone must be an IANA time zone such as Europe/Warsaw';
const CURRENCY_MESSAGE = 'currency must be a 3-letter ISO 4217 code such as PLN or EUR';

@InputType()
export class CreateOrganizationInput {
  @Field()
  @Trim()
  @IsString({ message: NAME_MESSAGE })
  @IsNotEmpty({ message: NAME_MESSAGE })
  @MaxLength(200, { message: 'name must be at most 200 characters' })
  @SingleLineText()
  name: string;

  @Field()
  @Trim()
  @IsString({ message: TERYT_MESSAGE })
  @Matches(TERYT_PATTERN, { message: TERYT_MESSAGE })
  terytCode: string;

  @Field(() => OrganizationKind)
  @IsEnum(OrganizationKind, { message: KIND_MESSAGE })
  kind: OrganizationKind;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: POPULATION_MESSAGE })
  @Min(0, { message: POPULATION_MESSAGE })
  population?: number | null;

  @Field({ nullable: true, description: 'Defaults to PLN.' })
  @ValidateIfPresent()
  @IsString({ message: CURRENCY_MESSAGE })
  @Matches(/^[A-Z]{3}$/, { message: CURRENCY_MESSAGE })
  currency?: string;

  @Field({ nullable: true, description: 'IANA time zone in which date-times without an offset are read; defaults to Europe/Warsaw.' })
  @ValidateIfPresent()
  @IsIn(TIME_ZONES, { message: TIME_ZONE_MESSAGE })
  timeZone?: string;
}

@InputType({ description: 'Omitted fields stay as they are.' })
export class UpdateOrganizationInput {
  @Field({ nullable: true })
  @ValidateIfPresent()
  @Trim()
  @IsString({ message: NAME_MESSAGE })
  @IsNotEmpty({ message: NAME_MESSAGE })
  @MaxLength(200, { message: 'name must be at most 200 characters' })
  @SingleLineText()
  name?: string;

  @Field({ nullable: true })
  @ValidateIfPresent()
  @Trim()
  @IsString({ message: TERYT_MESSAGE })
  @Matches(TERYT_PATTERN, { message: TERYT_MESSAGE })
  terytCode?: string;

  @Field(() => OrganizationKind, { nullable: true })
  @ValidateIfPresent()
  @IsEnum(OrganizationKind, { message: KIND_MESSAGE })
  kind?: OrganizationKind;

  @Field(() => Int, { nullable: true, description: 'null clears it.' })
  @IsOptional()
  @IsInt({ message: POPULATION_MESSAGE })
  @Min(0, { message: POPULATION_MESSAGE })
  population?: number | null;

  @Field({ nullable: true })
  @ValidateIfPresent()
  @IsString({ message: CURRENCY_MESSAGE })
  @Matches(/^[A-Z]{3}$/, { message: CURRENCY_MESSAGE })
  currency?: string;

  @Field({ nullable: true, description: 'IANA time zone in which date-times without an offset are read.' })
  @ValidateIfPresent()
  @IsIn(TIME_ZONES, { message: TIME_ZONE_MESSAGE })
  timeZone?: string;
}
