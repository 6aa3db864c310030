import { Injectable } from '@nestjs/common';
import { ConflictError, NotFoundError } from '../common/errors/domain-error.js';
import { AuthService } from './auth.service.js';
import { TenantDatabase } from '../common/tenancy/tenant-database.service.js';
import { AuditLogEntity } from '../audit/audit-log.entity.js';
import { authorize } from './access.js';
import { normalizeEmail } from './auth.service.js';
import { type Actor, memberScope } from './domain/actor.js';
import { hashPassword } from './domain/password-hasher.js';
import { Permission } from './domain/permissions.js';
import { Role } from './domain/role.js';
import type { CreateUserInput, RoleGrantInput } from './dtos/auth.types.js';
import { MembershipEntity } from './membership.entity.js';
import { UserEntity } from './user.entity.js';

export interface Member {
  userId: string;
  email: string;
  displayName: string;
  organizationId: string;
  roles: Role[];
}

/** People and their roles in an organization; administrators only. */
@Injectable()
export class UsersService {
  constructor(
    private readonly database: TenantDatabase,
    private readonly auth: AuthService,
  ) {}

  async createUser(actor: Actor, input: CreateUserInput): Promise<Member> {
    authorize(actor, input.organizationId, Permission.MANAGE_MEMBERS, 'input.organizationId');
    const passwordHash = await hashPassword(input.password);
    return this.database.run(memberScope(actor), async (manager) => {
      const email = normalizeEmail(input.email);
      if (await manager.existsBy(UserEntity, { email })) {
        throw new ConflictError('a user with this e-mail already exists: grant them a role instead', [
          { path: 'input.email', message: 'already registered' },
        ]);
      }
      const user = await manager.save(UserEntity, manager.create(UserEntity, { email, displayName: input.displayName, passwordHash }));
      // Users are global rows without a trigger; the trail records the account without its hash.
      await manager.insert(AuditLogEntity, {
        organizationId: input.organizationId,
        actorUserId: actor.userId,
        action: 'INSERT',
        entity: 'app_user',
        entityId: user.id,
        after: { email, displayName: input.displayName },
      });
      await manager.insert(MembershipEntity, { organizationId: input.organizationId, userId: user.id, role: input.role });
      return { userId: user.id, email, displayName: user.displayName, organizationId: input.organizationId, roles: [input.role] };
    });
  }

  async grantRole(actor: Actor, input: RoleGrantInput): Promise<Member> {
    authorize(actor, input.organizationId, Permission.MANAGE_MEMBERS, 'input.organizationId');
    const member = await this.database.run(memberScope(actor), async (manager) => {
      if (!(await manager.existsBy(UserEntity, { id: input.userId }))) {
        throw new NotFoundError('user', input.userId, 'input.userId');
      }
      await manager
        .createQueryBuilder()
        .insert()
        .into(MembershipEntity)
        .values({ organizationId: input.organizationId, userId: input.userId, role: input.role })
        .orIgnore()
        .execute();
      return this.member(manager, input.organizationId, input.userId);
    });
    this.auth.forgetAccount(input.userId);
    return member;
  }

  async revokeRole(actor: Actor, input: RoleGrantInput): Promise<Member> {
    authorize(actor, input.organizationId, Permission.MANAGE_MEMBERS, 'input.organizationId');
    const member = await this.database.run(memberScope(actor), async (manager) => {
      const where = { organizationId: input.organizationId, userId: input.userId, role: input.role };
      if (!(await manager.existsBy(MembershipEntity, where))) {
        throw new NotFoundError('membership', `${input.userId}/${input.role}`);
      }
      if (input.role === Role.ADMIN) {
        const admins = await manager.countBy(MembershipEntity, { organizationId: input.organizationId, role: Role.ADMIN });
        if (admins <= 1) throw new ConflictError('the last administrator of an organization cannot be removed');
      }
      await manager.delete(MembershipEntity, where);
      return this.member(manager, input.organizationId, input.userId);
    });
    // After the commit, so no request can cache the old roles again.
    this.auth.forgetAccount(input.userId);
    return member;
  }

  async members(actor: Actor, organizationId: string): Promise<Member[]> {
    authorize(actor, organizationId, Permission.MANAGE_MEMBERS);
    return this.database.run(memberScope(actor), async (manager) => {
      const rows: { userId: string; email: string; displayName: string; roles: Role[] }[] = await manager.query(
        `SELECT u.id AS "userId", u.email, u.display_name AS "displayName", array_agg(m.role::text ORDER BY m.role) AS roles
           FROM membership m JOIN app_user u ON u.id = m.user_id
          WHERE m.organization_id = $1
          GROUP BY u.id ORDER BY u.email`,
        [organizationId],
      );
      return rows.map((row) => ({ ...row, organizationId }));
    });
  }

  private async member(
    manager: import('typeorm').EntityManager,
    organizationId: string,
    userId: string,
  ): Promise<Member> {
    const user = await manager.findOneByOrFail(UserEntity, { id: userId });
    const memberships = await manager.find(MembershipEntity, { where: { organizationId, userId }, order: { role: 'ASC' } });
    return {
      userId,
      email: user.email,
      displayName: user.displayName,
      organizationId,
      roles: memberships.map((membership) => membership.role),
    };
  }
}
