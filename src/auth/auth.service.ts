import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, Raw } from 'typeorm';
import { AuditLogEntity } from '../audit/audit-log.entity.js';
import { DomainError, ErrorCode, NotFoundError } from '../common/errors/domain-error.js';
import { TenantDatabase } from '../common/tenancy/tenant-database.service.js';
import { isRecordId } from '../common/validation/uuid.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.tokens.js';
import { UnauthenticatedError } from './access.js';
import { AccessTokenService } from './access-token.service.js';
import { recordAccountChange } from './account-audit.js';
import { SessionService } from './session.service.js';
import { ApiTokenEntity } from './api-token.entity.js';
import { InvitationEntity } from './invitation.entity.js';
import { MembershipEntity } from './membership.entity.js';
import { type Actor, type Membership, memberScope } from './domain/actor.js';
import { generateApiToken, hashApiToken, looksLikeApiToken } from './domain/api-token.js';
import { hashPassword, verifyPassword } from './domain/password-hasher.js';
import { ExpiringCache } from './domain/expiring-cache.js';
import { RateLimiter } from './domain/rate-limiter.js';

/** Compared against when the e-mail is unknown, so a wrong e-mail costs as long as a wrong password. */
const UNKNOWN_USER_HASH = hashPassword('no such user');

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** What sign-in needs of an account. */
interface Credentials {
  id: string;
  passwordHash: string;
  active: boolean;
  demo: boolean;
}

/** Through auth_credentials: the application role cannot read a password hash otherwise. */
async function credentialsOf(runner: Pick<EntityManager, 'query'>, email: string): Promise<Credentials | undefined> {
  const [row] = await runner.query<Credentials[]>(
    'SELECT id, password_hash AS "passwordHash", active, demo FROM auth_credentials($1)',
    [email],
  );
  return row;
}

interface AccountRow {
  id: string;
  email: string;
  active: boolean;
  demo: boolean;
  platformAdmin: boolean;
  memberships: Membership[];
}

@Injectable()
export class AuthService {
  private readonly loginLimiter: RateLimiter;
  /** Failed sign-ins per source address, whatever the e-mail: slows password spraying. */
  private readonly failedLoginLimiter: RateLimiter;
  /** Accounts with memberships by user id: one database read serves a burst of requests. */
  private readonly accounts: ExpiringCache<AccountRow>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tokens: AccessTokenService,
    private readonly sessions: SessionService,
    private readonly database: TenantDatabase,
  ) {
    this.loginLimiter = new RateLimiter(config.auth.loginAttemptsPerMinute, 60_000);
    this.failedLoginLimiter = new RateLimiter(config.auth.failedLoginsPerAddressPerMinute, 60_000);
    this.accounts = new ExpiringCache(config.auth.accountCacheMs);
  }

  /** Drops a user's cached account: called by every change of roles or accounts made here. */
  forgetAccount(userId: string): void {
    this.accounts.delete(userId);
  }

  /** The id of the account whose e-mail and password these are; a session is started for it by the caller. */
  async login(email: string, password: string, clientAddress: string): Promise<string> {
    const normalized = normalizeEmail(email);
    const waitSeconds = Math.max(this.failedLoginLimiter.wait(clientAddress), this.loginLimiter.hit(`${normalized}|${clientAddress}`));
    if (waitSeconds > 0) {
      throw new DomainError(ErrorCode.RATE_LIMITED, `too many sign-in attempts; retry in ${waitSeconds} s`);
    }
    const user = await credentialsOf(this.dataSource, normalized);
    const valid = await verifyPassword(password, user?.passwordHash ?? (await UNKNOWN_USER_HASH));
    if (!user || !valid || !user.active || (user.demo && !this.config.embedded)) {
      this.failedLoginLimiter.hit(clientAddress);
      throw new UnauthenticatedError('e-mail or password is wrong');
    }
    return user.id;
  }

  /**
   * The invited person accepts: with the password of their existing account (their consent),
   * or, when the e-mail has no account, the password the new account will have. One answer for
   * every refusal (unknown, used, revoked or expired code; wrong password), and failures count
   * against the address like failed sign-ins. The lookup by the code's hash runs across
   * organizations: the invitee is not a member of the inviting one yet.
   */
  async acceptInvitation(code: string, password: string, clientAddress: string): Promise<string> {
    const addressWait = this.failedLoginLimiter.wait(clientAddress);
    if (addressWait > 0) throw new DomainError(ErrorCode.RATE_LIMITED, `too many sign-in attempts; retry in ${addressWait} s`);
    const refused = () => {
      this.failedLoginLimiter.hit(clientAddress);
      return new UnauthenticatedError('the invitation code or the password is wrong, or the invitation has expired or was used');
    };
    const userId = await this.database.run({ organizationIds: [], userId: null, allOrganizations: true }, async (manager) => {
      const invitation = await manager.findOne(InvitationEntity, {
        where: { id: Raw((id) => `${id} = auth_invitation_id(:codeHash)`, { codeHash: hashApiToken(code) }) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!invitation || invitation.acceptedAt !== null || invitation.revokedAt !== null || invitation.expiresAt.getTime() <= Date.now()) {
        throw refused();
      }
      const wait = this.loginLimiter.hit(`${invitation.email}|${clientAddress}`);
      if (wait > 0) throw new DomainError(ErrorCode.RATE_LIMITED, `too many sign-in attempts; retry in ${wait} s`);
      const existing = await credentialsOf(manager, invitation.email);
      let userId: string;
      if (existing) {
        if (!(await verifyPassword(password, existing.passwordHash)) || !existing.active) throw refused();
        userId = existing.id;
      } else {
        const [created] = await manager.query<{ id: string | null }[]>(
          'SELECT auth_create_invited_user($1, $2) AS id',
          [invitation.id, await hashPassword(password)],
        );
        // The database judges expiry by its own clock, which may be behind or ahead of ours.
        if (created.id === null) throw refused();
        userId = created.id;
        // Users are global rows without a trigger; the trail records the account without its hash.
        await manager.save(AuditLogEntity, manager.create(AuditLogEntity, {
          organizationId: invitation.organizationId,
          actorUserId: userId,
          action: 'INSERT',
          entity: 'app_user',
          entityId: userId,
          after: { email: invitation.email, displayName: invitation.displayName, invitationId: invitation.id },
        }));
      }
      await manager.query('SELECT set_config($1, $2, true)', ['app.user_id', userId]);
      await manager
        .createQueryBuilder()
        .insert()
        .into(MembershipEntity)
        .values({ organizationId: invitation.organizationId, userId, role: invitation.role })
        .orIgnore()
        .execute();
      invitation.acceptedAt = new Date();
      await manager.save(InvitationEntity, invitation);
      return userId;
    });
    this.forgetAccount(userId);
    return userId;
  }

  /**
   * The caller behind an Authorization header (null without one). The credential is checked on
   * every request (a revoked API token stops at once); the account and memberships behind it
   * are read at most every ACCOUNT_CACHE_MS (default 1 s), and changes of roles made through
   * this API drop the cached copy at once.
   */
  async resolveActor(authorization: string | undefined): Promise<Actor | null> {
    if (authorization === undefined || authorization === '') return null;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match) throw new UnauthenticatedError('Authorization header must be "Bearer <token>"');
    const credential = match[1];
    const { subject: userId, sessionId } = looksLikeApiToken(credential)
      ? { subject: await this.userIdOfApiToken(credential), sessionId: null }
      : await this.tokens.verify(credential);
    const user = isRecordId(userId) ? await this.account(userId) : undefined;
    if (!user || !user.active || (user.demo && !this.config.embedded)) {
      throw new UnauthenticatedError('this account is disabled');
    }
    if (sessionId !== null && !(isRecordId(sessionId) && (await this.sessions.isLive(user.id, sessionId)))) {
      throw new UnauthenticatedError('this sign-in has ended (signed out, or its refresh token was used twice): sign in again');
    }
    const { memberships } = user;
    return { userId: user.id, email: user.email, platformAdmin: user.platformAdmin, memberships, ...(sessionId ? { sessionId } : {}) };
  }

  /**
   * The account and its memberships in one round trip, from the short-lived cache when fresh.
   * Scoped to the user itself: row-level security shows an account to itself and to its offices.
   */
  private async account(userId: string): Promise<AccountRow | undefined> {
    const cached = this.accounts.get(userId);
    if (cached) return cached;
    const [row] = await this.database.readOnce<AccountRow>(
      { organizationIds: [], userId },
      `SELECT u.id, u.email, u.active, u.demo, u.platform_admin AS "platformAdmin",
              COALESCE((SELECT json_agg(json_build_object('organizationId', m.organization_id, 'role', m.role))
                          FROM auth_memberships(u.id) m), '[]'::json) AS memberships
         FROM app_user u WHERE u.id = $1`,
      [userId],
    );
    if (row) this.accounts.set(userId, row);
    return row;
  }

  private async userIdOfApiToken(token: string): Promise<string> {
    const [{ userId }] = await this.dataSource.query<{ userId: string | null }[]>(
      'SELECT auth_api_token_user($1) AS "userId"',
      [hashApiToken(token)],
    );
    if (userId === null) throw new UnauthenticatedError('API token is not valid, expired or revoked');
    return userId;
  }

  async createApiToken(
    actor: Actor,
    name: string,
    expiresInDays: number | null,
  ): Promise<{ token: string; apiToken: ApiTokenEntity }> {
    const { token, hash, prefix } = generateApiToken();
    const apiToken = await this.database.run(memberScope(actor), async (manager) => {
      const saved = await manager.save(
        ApiTokenEntity,
        manager.create(ApiTokenEntity, {
          userId: actor.userId,
          name,
          tokenHash: hash,
          prefix,
          expiresAt: expiresInDays === null ? null : new Date(Date.now() + expiresInDays * 86_400_000),
        }),
      );
      await this.recordTokenChange(manager, actor, 'INSERT', saved, null);
      return saved;
    });
    return { token, apiToken };
  }

  listApiTokens(actor: Actor): Promise<ApiTokenEntity[]> {
    return this.database.run(memberScope(actor), (manager) =>
      manager.find(ApiTokenEntity, { where: { userId: actor.userId }, order: { createdAt: 'DESC' } }),
    );
  }

  async revokeApiToken(actor: Actor, id: string): Promise<ApiTokenEntity> {
    return this.database.run(memberScope(actor), async (manager) => {
      const row = isRecordId(id) ? await manager.findOneBy(ApiTokenEntity, { id, userId: actor.userId }) : null;
      if (!row) throw new NotFoundError('API token', id);
      if (row.revokedAt !== null) return row;
      const before = { ...row };
      row.revokedAt = new Date();
      const saved = await manager.save(ApiTokenEntity, row);
      await this.recordTokenChange(manager, actor, 'UPDATE', saved, before);
      return saved;
    });
  }

  /**
   * A token acts as its user in every organization the user belongs to, so each of those
   * organizations' trails records its creation and revocation (never the token or its hash).
   */
  private recordTokenChange(
    manager: EntityManager,
    actor: Actor,
    action: 'INSERT' | 'UPDATE',
    token: ApiTokenEntity,
    before: ApiTokenEntity | null,
  ): Promise<void> {
    const describe = (entity: ApiTokenEntity) => ({
      userId: entity.userId,
      name: entity.name,
      prefix: entity.prefix,
      expiresAt: entity.expiresAt?.toISOString() ?? null,
      revokedAt: entity.revokedAt?.toISOString() ?? null,
    });
    return recordAccountChange(manager, actor.userId, { action, entity: 'api_token', entityId: token.id, before: before ? describe(before) : null, after: describe(token) });
  }

}
