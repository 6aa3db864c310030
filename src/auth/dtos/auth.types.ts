import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ID_MESSAGE, Trim } from '../../common/validation/decorators.js';
import { SingleLineText } from '../../common/validation/text-characters.js';
import { Role } from '../domain/role.js';

registerEnumType(Role, {
  name: 'Role',
  description:
    'PROCESS_OWNER edits own processes; MANAGER reads all, steers scenarios; AUDITOR reads, registers claims, runs verifications; ADMIN manages users and structure.',
});

const ROLE_MESSAGE = `role must be one of ${Object.values(Role).join(', ')}`;
const PASSWORD_MESSAGE = 'password must be 12 to 200 characters';

@InputType()
export class LoginInput {
  @Field()
  @IsString({ message: 'email must be an e-mail address' })
  @MaxLength(320, { message: 'email must be an e-mail address' })
  email: string;

  @Field()
  @IsString({ message: 'password must not be empty' })
  @IsNotEmpty({ message: 'password must not be empty' })
  @MaxLength(200, { message: PASSWORD_MESSAGE })
  password: string;
}

@ObjectType({ description: 'A signed-in session: a short access token and the refresh token that renews it.' })
export class AccessToken {
  @Field({ description: 'Send as Authorization: Bearer <accessToken>.' })
  accessToken: string;

  @Field({ description: 'When the access token stops working: renew it before with refreshSession.' })
  expiresAt: Date;

  @Field({ description: 'Exchanged once for new tokens by refreshSession; a second use ends the session.' })
  refreshToken: string;

  @Field(() => ID, { description: 'The session these tokens belong to (one sign-in).' })
  sessionId: string;

  @Field({ description: 'When the session ends unless the person is active before (refreshSession moves it).' })
  idleExpiresAt: Date;

  @Field({ description: 'When the session ends whatever happens.' })
  sessionExpiresAt: Date;

  @Field({ description: "The server's clock when this answer was made: compare the other times with it, not with the PC's clock." })
  serverTime: Date;
}

@InputType()
export class RefreshSessionInput {
  @Field()
  @IsString({ message: 'refreshToken must be the refresh token of a sign-in' })
  @MaxLength(200, { message: 'refreshToken must be the refresh token of a sign-in' })
  refreshToken: string;

  @Field(() => Int, { description: 'Seconds since the person last typed, clicked or touched the page (0: now).' })
  @IsInt({ message: 'lastActiveSecondsAgo must be a whole number of seconds, 0 or more' })
  @Min(0, { message: 'lastActiveSecondsAgo must be a whole number of seconds, 0 or more' })
  lastActiveSecondsAgo: number;
}

@ObjectType('MembershipRole')
export class MembershipRoleType {
  @Field(() => ID)
  organizationId: string;

  @Field(() => Role)
  role: Role;
}

@ObjectType('Me')
export class MeType {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  platformAdmin: boolean;

  @Field(() => [MembershipRoleType])
  memberships: MembershipRoleType[];
}

@ObjectType('ApiToken')
export class ApiTokenType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field({ description: 'First characters of the token, to recognise it.' })
  prefix: string;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  expiresAt: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;
}

@ObjectType()
export class CreatedApiToken {
  @Field({ description: 'Shown once: only its hash is stored.' })
  token: string;

  @Field(() => ApiTokenType)
  apiToken: ApiTokenType;
}

@InputType()
export class CreateApiTokenInput {
  @Field()
  @Trim()
  @IsString({ message: 'name must not be empty' })
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(100, { message: 'name must be at most 100 characters' })
  @SingleLineText()
  name: string;

  @Field(() => Int, { nullable: true, description: '1..730 days; omitted: no expiry (revoke it instead).' })
  @IsOptional()
  @IsInt({ message: 'expiresInDays must be a whole number between 1 and 730' })
  @Min(1, { message: 'expiresInDays must be a whole number between 1 and 730' })
  @Max(730, { message: 'expiresInDays must be a whole number between 1 and 730' })
  expiresInDays?: number | null;
}

@InputType()
export class InviteMemberInput {
  @Field(() => ID, { description: 'The organization the person is invited to.' })
  @IsUUID('all', { message: `organizationId ${ID_MESSAGE}` })
  organizationId: string;

  @Field(() => Role)
  @IsEnum(Role, { message: ROLE_MESSAGE })
  role: Role;

  @Field()
  @Trim()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(320, { message: 'email must be an e-mail address' })
  email: string;

  @Field({ description: 'The name shown to colleagues if the invitation creates an account.' })
  @Trim()
  @IsString({ message: 'displayName must not be empty' })
  @IsNotEmpty({ message: 'displayName must not be empty' })
  @MaxLength(200, { message: 'displayName must be at most 200 characters' })
  @SingleLineText()
  displayName: string;
}

@InputType()
export class AcceptInvitationInput {
  @Field({ description: 'The code the inviting administrator passed on.' })
  @IsString({ message: 'code must be the invitation code' })
  @MaxLength(200, { message: 'code must be the invitation code' })
  code: string;

  @Field({ description: "The account's password; for a new account, the password it will have (at least 12 characters)." })
  @IsString({ message: PASSWORD_MESSAGE })
  @MinLength(12, { message: PASSWORD_MESSAGE })
  @MaxLength(200, { message: PASSWORD_MESSAGE })
  password: string;
}

@ObjectType('Invitation', { description: 'A role offered to whoever holds an e-mail address; nothing changes until they accept.' })
export class InvitationType {
  @Field(() => ID) id: string;
  @Field(() => ID) organizationId: string;
  @Field() email: string;
  @Field() displayName: string;
  @Field(() => Role) role: Role;
  @Field() createdAt: Date;
  @Field() expiresAt: Date;
  @Field(() => Date, { nullable: true }) acceptedAt: Date | null;
  @Field(() => Date, { nullable: true }) revokedAt: Date | null;
}

@ObjectType('CreatedInvitation')
export class CreatedInvitation {
  @Field(() => InvitationType) invitation: InvitationType;

  @Field({
    description:
      'Shown once: give it to the person (not by the same channel as anything else secret). They accept it with acceptInvitation and their password.',
  })
  code: string;
}

@InputType()
export class RoleGrantInput {
  @Field(() => ID)
  @IsUUID('all', { message: `organizationId ${ID_MESSAGE}` })
  organizationId: string;

  @Field(() => ID)
  @IsUUID('all', { message: `userId ${ID_MESSAGE}` })
  userId: string;

  @Field(() => Role)
  @IsEnum(Role, { message: ROLE_MESSAGE })
  role: Role;
}

@ObjectType('Member')
export class MemberType {
  @Field(() => ID)
  userId: string;

  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field(() => ID)
  organizationId: string;

  @Field(() => [Role])
  roles: Role[];
}
