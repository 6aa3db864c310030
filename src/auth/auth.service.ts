import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, IsNull } from 'typeorm';
import { DomainError, ErrorCode, NotFoundError } from '../common/errors/domain-error.js';
import { isRecordId } from '../common/validation/uuid.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.tokens.js';
import { UnauthenticatedError } from './access.js';
import { AccessTokenService } from './access-token.service.js';
import { ApiTokenEntity } from './api-token.entity.js';
import type { Actor, Membership } from './domain/actor.js';
import { generateApiToken, hashApiToken, looksLikeApiToken } from './domain/api-token.js';
import { hashPassword, verifyPassword } from './domain/password-hasher.js';
import { RateLimiter } from './domain/rate-limiter.js';
import { UserEntity } from './user.entity.js';

/** Compared against when the e-mail is unknown, so a wrong e-mail costs as long as a wrong password. */
const UNKNOWN_USER_HASH = hashPassword('no such user');

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
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

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tokens: AccessTokenService,
  ) {
    this.loginLimiter = new RateLimiter(config.auth.loginAttemptsPerMinute, 60_000);
  }

  async login(email: string, password: string, clientAddress: string): Promise<{ token: string; expiresAt: Date }> {
    const normalized = normalizeEmail(email);
    const waitSeconds = this.loginLimiter.hit(`${normalized}|${clientAddress}`);
    if (waitSeconds > 0) {
      throw new DomainError(ErrorCode.RATE_LIMITED, `too many sign-in attempts; retry in ${waitSeconds} s`);
    }
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ email: normalized });
    const valid = await verifyPassword(password, user?.passwordHash ?? (await UNKNOWN_USER_HASH));
    if (!user || !valid || !user.active || (user.demo && !this.config.embedded)) {
      throw new UnauthenticatedError('e-mail or password is wrong');
    }
    return this.tokens.sign(user.id);
  }

  /**
   * The caller behind an Authorization header (null without one). Memberships are read per
   * request, so a revoked role or token stops working at once.
   */
  async resolveActor(authorization: string | undefined): Promise<Actor | null> {
    if (authorization === undefined || authorization === '') return null;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match) throw new UnauthenticatedError('Authorization header must be "Bearer <token>"');
    const credential = match[1];
    const userId = looksLikeApiToken(credential)
      ? await this.userIdOfApiToken(credential)
      : await this.tokens.verify(credential);
    // One round trip per request: the account and its memberships together.
    const [user] = isRecordId(userId)
      ? await this.dataSource.query<AccountRow[]>(
          `SELECT u.id, u.email, u.active, u.demo, u.platform_admin AS "platformAdmin",
                  COALESCE((SELECT json_agg(json_build_object('organizationId', m.organization_id, 'role', m.role))
                              FROM auth_memberships(u.id) m), '[]'::json) AS memberships
             FROM app_user u WHERE u.id = $1`,
          [userId],
        )
      : [];
    if (!user || !user.active || (user.demo && !this.config.embedded)) {
      throw new UnauthenticatedError('this account is disabled');
    }
    const { memberships } = user;
    return { userId: user.id, email: user.email, platformAdmin: user.platformAdmin, memberships };
  }

  private async userIdOfApiToken(token: string): Promise<string> {
    const row = await this.dataSource
      .getRepository(ApiTokenEntity)
      .findOneBy({ tokenHash: hashApiToken(token), revokedAt: IsNull() });
    if (!row || (row.expiresAt !== null && row.expiresAt.getTime() <= Date.now())) {
      throw new UnauthenticatedError('API token is not valid, expired or revoked');
    }
    return row.userId;
  }

  async createApiToken(
    actor: Actor,
    name: string,
    expiresInDays: number | null,
  ): Promise<{ token: string; apiToken: ApiTokenEntity }> {
    const { token, hash, prefix } = generateApiToken();
    const repository = this.dataSource.getRepository(ApiTokenEntity);
    const apiToken = await repository.save(
      repository.create({
        userId: actor.userId,
        name,
        tokenHash: hash,
        prefix,
        expiresAt: expiresInDays === null ? null : new Date(Date.now() + expiresInDays * 86_400_000),
      }),
    );
    return { token, apiToken };
  }

  listApiTokens(actor: Actor): Promise<ApiTokenEntity[]> {
    return this.dataSource.getRepository(ApiTokenEntity).find({
      where: { userId: actor.userId },
      order: { createdAt: 'DESC' },
    });
  }

  async revokeApiToken(actor: Actor, id: string): Promise<ApiTokenEntity> {
    const repository = this.dataSource.getRepository(ApiTokenEntity);
    const row = isRecordId(id) ? await repository.findOneBy({ id, userId: actor.userId }) : null;
    if (!row) throw new NotFoundError('API token', id);
    row.revokedAt ??= new Date();
    return repository.save(row);
  }
}
