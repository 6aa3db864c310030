import { Injectable } from '@nestjs/common';
import { ConflictError, NotFoundError } from '../common/errors/domain-error.js';
import { AuthService } from './auth.service.js';
import { TenantDatabase } from '../common/tenancy/tenant-database.service.js';
import { authorize } from './access.js';
import { normalizeEmail } from './auth.service.js';
import { type Actor, memberScope } from './domain/actor.js';
import { Permission } from './domain/permissions.js';
import { Role } from './domain/role.js';
import type { InviteMemberInput, RoleGrantInput } from './dtos/auth.types.js';
import { InvitationEntity } from './invitation.entity.js';
import { generateInvitationCode } from './domain/api-token.js';
import { isRecordId } from '../common/validation/uuid.js';
import { MembershipEntity } from './membership.entity.js';
import { UserEntity } from './user.entity.js';

/** How long an invitation can be accepted. */
export const INVITATION_DAYS = 7;

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

  /**
   * Offers a role to whoever holds an e-mail address. The answer is the same whether or not an
   * account exists for it, and no account is read or changed: the person accepts with the code
   * (proving they own the account by its password, or choosing one for a new account).
   */
  async inviteMember(actor: Actor, input: InviteMemberInput): Promise<{ invitation: InvitationEntity; code: string }> {
    authorize(actor, input.organizationId, Permission.MANAGE_MEMBERS, 'input.organizationId');
    const { code, hash } = generateInvitationCode();
    const invitation = await this.database.run(memberScope(actor), (manager) =>
      manager.save(
        InvitationEntity,
        manager.create(InvitationEntity, {
          organizationId: input.organizationId,
          email: normalizeEmail(input.email),
          displayName: input.displayName,
          role: input.role,
          codeHash: hash,
          invitedBy: actor.userId,
          expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
        }),
      ),
    );
    return { invitation, code };
  }

  /** Invitations of an organization not yet accepted, revoked or expired, newest first. */
  async pendingInvitations(actor: Actor, organizationId: string): Promise<InvitationEntity[]> {
    authorize(actor, organizationId, Permission.MANAGE_MEMBERS, 'organizationId');
    return this.database.run(memberScope(actor), (manager) =>
      manager
        .createQueryBuilder(InvitationEntity, 'i')
        .where('i.organization_id = :organizationId AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()', { organizationId })
        .orderBy('i.created_at', 'DESC')
        .addOrderBy('i.id', 'DESC')
        .getMany(),
    );
  }

  /**
   * The row is locked (as acceptInvitation locks it) before its state is judged: otherwise an
   * acceptance committing between this read and its write goes unseen, and the invitation ends
   * both accepted and revoked while this answers that it was revoked. Whichever locks first
   * wins; the other then reads its outcome.
   */
  async revokeInvitation(actor: Actor, id: string): Promise<InvitationEntity> {
    return this.database.run(memberScope(actor), async (manager) => {
      const invitation = isRecordId(id) ? await manager.findOne(InvitationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
      if (!invitation) throw new NotFoundError('invitation', id, 'id');
      authorize(actor, invitation.organizationId, Permission.MANAGE_MEMBERS, 'id');
      if (invitation.acceptedAt !== null) throw new ConflictError('this invitation was already accepted: revoke the role instead');
      invitation.revokedAt ??= new Date();
      return manager.save(InvitationEntity, invitation);
    });
  }

  async grantRole(actor: Actor, input: RoleGrantInput): Promise<Member> {
    authorize(actor, input.organizationId, Permission.MANAGE_MEMBERS, 'input.organizationId');
    const member = await this.database.run(memberScope(actor), async (manager) => {
      // Only people who already belong to the organization (they accepted an invitation): an
      // administrator can neither enrol nor learn about another organization's accounts.
      if (!(await manager.existsBy(MembershipEntity, { organizationId: input.organizationId, userId: input.userId }))) {
        throw new NotFoundError('member of this organization', input.userId, 'input.userId');
      }
      await manager
        .createQueryBuilder()
        .insert()
        .into(MembershipEntity)
        .values({ organizationId: input.organizationId, userId: input.userId, role: input.role })
        .orIgnore()
        .execute();
      return this.member(manager, input.organizationId, await manager.findOneByOrFail(UserEntity, { id: input.userId }));
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
      // Read first: without a role left here, the account is no longer visible to this office.
      const user = await manager.findOneByOrFail(UserEntity, { id: input.userId });
      await manager.delete(MembershipEntity, where);
      return this.member(manager, input.organizationId, user);
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
    user: UserEntity,
  ): Promise<Member> {
    const memberships = await manager.find(MembershipEntity, { where: { organizationId, userId: user.id }, order: { role: 'ASC' } });
    return {
      userId: user.id,
      email: user.email,
      displayName: user.displayName,
      organizationId,
      roles: memberships.map((membership) => membership.role),
    };
  }
}
