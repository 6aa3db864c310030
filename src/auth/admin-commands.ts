import { randomBytes } from 'node:crypto';
import { type DataSource, type EntityManager, IsNull } from 'typeorm';
import { AuditLogEntity } from '../audit/audit-log.entity.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import { isRecordId } from '../common/validation/uuid.js';
import { hashPassword } from './domain/password-hasher.js';
import { Role } from './domain/role.js';
import { MembershipEntity } from './membership.entity.js';
import { UserEntity } from './user.entity.js';
import { SessionEndReason, UserSessionEntity } from './user-session.entity.js';

export const ADMIN_USAGE = `usage: npm run admin -- <command>
  reset-password <email>                 a new generated password for the account, shown once
  grant-role <email> <organization> <role>  the role in the office (its id or TERYT code); roles: ${Object.values(Role).join(', ')}
  create-platform-admin <email>          makes the account a platform administrator, creating it (with a generated password) if needed`;

/** What a command did, in the words its output prints. */
export interface AdminOutcome {
  lines: string[];
}

export class AdminCommandError extends Error {}

/** Who made a change outside the API, for the audit trail. */
const BY = 'npm run admin';

const generatedPassword = () => randomBytes(12).toString('base64url');

/** The account with this e-mail, compared as sign-in compares it (case aside). */
function findUserByEmail(manager: EntityManager, email: string): Promise<UserEntity | null> {
  return manager.createQueryBuilder(UserEntity, 'user').where('lower(user.email) = lower(:email)', { email: email.trim() }).getOne();
}

async function userByEmail(manager: EntityManager, email: string): Promise<UserEntity> {
  const user = await findUserByEmail(manager, email);
  if (!user) throw new AdminCommandError(`no account has the e-mail ${email}; create-platform-admin creates one`);
  return user;
}

async function audit(manager: EntityManager, action: string, user: UserEntity, after: Record<string, unknown>, organizationId: string | null = null): Promise<void> {
  await manager.save(AuditLogEntity, manager.create(AuditLogEntity, { organizationId, actorUserId: null, action, entity: 'app_user', entityId: user.id, after: { email: user.email, ...after, by: BY } }));
}

async function resetPassword(manager: EntityManager, email: string): Promise<AdminOutcome> {
  const user = await userByEmail(manager, email);
  const password = generatedPassword();
  await manager.update(UserEntity, { id: user.id }, { passwordHash: await hashPassword(password), active: true });
  // Whoever signed in with the old password is out too.
  const { affected } = await manager.update(UserSessionEntity, { userId: user.id, endedAt: IsNull() }, { endedAt: new Date(), endReason: SessionEndReason.PASSWORD_RESET });
  await audit(manager, 'RESET_PASSWORD', user, { sessionsEnded: affected ?? 0 });
  return {
    lines: [
      `new password for ${user.email} (shown once): ${password}`,
      `signed-in sessions ended: ${affected ?? 0}`,
      ...(user.demo ? ['this is a demo account: it signs in only in the embedded demo mode; create-platform-admin makes an account of your own'] : []),
    ],
  };
}

async function grantRole(manager: EntityManager, email: string, organization: string, roleName: string): Promise<AdminOutcome> {
  const role = Object.values(Role).find((candidate) => String(candidate) === roleName.toUpperCase());
  if (!role) throw new AdminCommandError(`${roleName} is not a role; roles: ${Object.values(Role).join(', ')}`);
  const user = await userByEmail(manager, email);
  const office = isRecordId(organization)
    ? await manager.findOneBy(OrganizationEntity, { id: organization })
    : await manager.findOneBy(OrganizationEntity, { terytCode: organization });
  if (!office) throw new AdminCommandError(`no office has the id or TERYT code ${organization}`);
  if (await manager.existsBy(MembershipEntity, { organizationId: office.id, userId: user.id, role })) {
    return { lines: [`${user.email} already has the role ${role} in ${office.name}`] };
  }
  // The membership's own row trigger records the insert; this names who did it.
  await manager.save(MembershipEntity, manager.create(MembershipEntity, { organizationId: office.id, userId: user.id, role }));
  await audit(manager, 'GRANT_ROLE', user, { role }, office.id);
  return { lines: [`${user.email} now has the role ${role} in ${office.name}`] };
}

async function createPlatformAdmin(manager: EntityManager, email: string): Promise<AdminOutcome> {
  const existing = await findUserByEmail(manager, email);
  if (existing) {
    await manager.update(UserEntity, { id: existing.id }, { platformAdmin: true, active: true, demo: false });
    await audit(manager, 'MAKE_PLATFORM_ADMIN', existing, {});
    return { lines: [`${existing.email} is now a platform administrator (its password is unchanged; reset-password gives a new one)`] };
  }
  const password = generatedPassword();
  const created = await manager.save(
    UserEntity,
    manager.create(UserEntity, { email: email.trim().toLowerCase(), displayName: 'Platform administrator', passwordHash: await hashPassword(password), platformAdmin: true }),
  );
  await audit(manager, 'CREATE_PLATFORM_ADMIN', created, {});
  return { lines: [`platform administrator ${created.email} created; its password (shown once): ${password}`] };
}

/**
 * Runs one administration command on the database as its owner, in one transaction, audited:
 * the way back in when nobody can sign in (after a restore onto a new server, say).
 */
export function runAdminCommand(owner: DataSource, args: readonly string[]): Promise<AdminOutcome> {
  const [command, ...rest] = args;
  const expect = (count: number) => {
    if (rest.length !== count) throw new AdminCommandError(ADMIN_USAGE);
  };
  return owner.transaction(async (manager) => {
    switch (command) {
      case 'reset-password':
        expect(1);
        return resetPassword(manager, rest[0]);
      case 'grant-role':
        expect(3);
        return grantRole(manager, rest[0], rest[1], rest[2]);
      case 'create-platform-admin':
        expect(1);
        return createPlatformAdmin(manager, rest[0]);
      default:
        throw new AdminCommandError(ADMIN_USAGE);
    }
  });
}
