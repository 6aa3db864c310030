import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { TenantDatabase } from '../common/tenancy/tenant-database.service.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.tokens.js';
import { UnauthenticatedError } from './access.js';
import { AccessTokenService } from './access-token.service.js';
import { recordAccountChange } from './account-audit.js';
import type { Actor } from './domain/actor.js';
import { ExpiringCache } from './domain/expiring-cache.js';
import { generateRefreshToken, readRefreshToken } from './domain/session-token.js';
import { SessionEndReason, UserSessionEntity } from './user-session.entity.js';

/** What a sign-in or a refresh hands the browser. */
export interface SessionTokens {
  accessToken: string;
  expiresAt: Date;
  refreshToken: string;
  sessionId: string;
  idleExpiresAt: Date;
  sessionExpiresAt: Date;
  serverTime: Date;
}

type RotationOutcome = 'ROTATED' | 'REUSED' | 'EXPIRED' | 'ENDED' | 'UNKNOWN';

interface Rotation {
  outcome: RotationOutcome;
  userId: string | null;
  idleExpiresAt: Date | null;
  sessionExpiresAt: Date | null;
}

const REFUSALS: Record<Exclude<RotationOutcome, 'ROTATED'>, string> = {
  REUSED: 'this sign-in was ended because its refresh token was used a second time: sign in again',
  EXPIRED: 'the session has ended (idle too long, or past its lifetime): sign in again',
  ENDED: 'the session was signed out: sign in again',
  UNKNOWN: 'the refresh token is not valid: sign in again',
};

/**
 * Web sign-ins as sessions: a short access token bound to the session, renewed with a refresh
 * token that is replaced at every use (a replayed one ends the session), an idle deadline moved
 * by the person's own activity, and a lifetime. Sign-in, sign-out and a replay are audited;
 * routine renewals are not (one every few minutes would drown the trail).
 */
@Injectable()
export class SessionService {
  /** Sessions known to be live, by id: a burst of requests costs one read, a sign-out counts at once. */
  private readonly live: ExpiringCache<true>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tokens: AccessTokenService,
    private readonly database: TenantDatabase,
  ) {
    this.live = new ExpiringCache(config.auth.accountCacheMs);
  }

  async start(userId: string): Promise<SessionTokens> {
    const id = randomUUID();
    const { token, hash } = generateRefreshToken(id);
    const now = Date.now();
    const session = await this.database.run({ organizationIds: [], userId }, async (manager) => {
      const saved = await manager.save(
        UserSessionEntity,
        manager.create(UserSessionEntity, {
          id,
          userId,
          refreshHash: hash,
          idleExpiresAt: new Date(now + this.config.auth.sessionIdleSeconds * 1000),
          expiresAt: new Date(now + this.config.auth.sessionMaxSeconds * 1000),
        }),
      );
      await recordAccountChange(manager, userId, { action: 'INSERT', entity: 'user_session', entityId: id, before: null, after: describe(saved) });
      return saved;
    });
    return this.tokensFor(userId, id, token, session.idleExpiresAt, session.expiresAt);
  }

  /** New tokens for a refresh token, once; the idle deadline follows the reported activity. */
  async refresh(refreshToken: string, lastActiveSecondsAgo: number): Promise<SessionTokens> {
    const presented = readRefreshToken(refreshToken);
    if (!presented) throw new UnauthenticatedError(REFUSALS.UNKNOWN);
    const next = generateRefreshToken(presented.sessionId);
    const [rotation] = await this.dataSource.query<Rotation[]>(
      `SELECT outcome, session_user_id AS "userId", new_idle_expires_at AS "idleExpiresAt", session_expires_at AS "sessionExpiresAt"
         FROM auth_session_rotate($1, $2, $3, $4, $5)`,
      [presented.sessionId, presented.hash, next.hash, lastActiveSecondsAgo, this.config.auth.sessionIdleSeconds],
    );
    const { outcome, userId, idleExpiresAt, sessionExpiresAt } = rotation;
    if (outcome === 'ROTATED' && userId && idleExpiresAt && sessionExpiresAt) {
      return this.tokensFor(userId, presented.sessionId, next.token, idleExpiresAt, sessionExpiresAt);
    }
    if (outcome === 'REUSED' && userId) {
      this.live.delete(presented.sessionId);
      await this.database.run({ organizationIds: [], userId }, (manager) =>
        recordAccountChange(manager, userId, {
          action: 'UPDATE',
          entity: 'user_session',
          entityId: presented.sessionId,
          before: null,
          after: { endReason: SessionEndReason.REFRESH_REUSED },
        }),
      );
    }
    throw new UnauthenticatedError(REFUSALS[outcome === 'ROTATED' ? 'UNKNOWN' : outcome]);
  }

  /** Signs the caller's session out (its refresh token stops working, its access token within ACCOUNT_CACHE_MS). */
  async end(actor: Actor): Promise<boolean> {
    const sessionId = actor.sessionId;
    if (!sessionId) return false;
    this.live.delete(sessionId);
    return this.database.run({ organizationIds: [], userId: actor.userId }, async (manager) => {
      const session = await manager.findOneBy(UserSessionEntity, { id: sessionId });
      if (!session || session.endedAt !== null) return false;
      const before = describe(session);
      session.endedAt = new Date();
      session.endReason = SessionEndReason.SIGNED_OUT;
      await manager.update(UserSessionEntity, { id: sessionId }, { endedAt: session.endedAt, endReason: session.endReason });
      await recordAccountChange(manager, actor.userId, { action: 'UPDATE', entity: 'user_session', entityId: sessionId, before, after: describe(session) });
      return true;
    });
  }

  /** Whether an access token's session still holds: not signed out, not replayed, not past its end. */
  async isLive(userId: string, sessionId: string): Promise<boolean> {
    if (this.live.get(sessionId)) return true;
    const rows = await this.database.readOnce<{ id: string }>(
      { organizationIds: [], userId },
      'SELECT id FROM user_session WHERE id = $1 AND user_id = $2 AND ended_at IS NULL AND now() < expires_at',
      [sessionId, userId],
    );
    if (rows.length === 0) return false;
    this.live.set(sessionId, true);
    return true;
  }

  private async tokensFor(userId: string, sessionId: string, refreshToken: string, idleExpiresAt: Date, sessionExpiresAt: Date): Promise<SessionTokens> {
    const access = await this.tokens.sign(userId, { id: sessionId, notAfter: idleExpiresAt });
    return { accessToken: access.token, expiresAt: access.expiresAt, refreshToken, sessionId, idleExpiresAt, sessionExpiresAt, serverTime: new Date() };
  }
}

/** A session as the audit trail shows it: never its refresh token or hash. */
function describe(session: UserSessionEntity): Record<string, string | null> {
  return {
    userId: session.userId,
    idleExpiresAt: session.idleExpiresAt.toISOString(),
    expiresAt: session.expiresAt.toISOString(),
    endedAt: session.endedAt?.toISOString() ?? null,
    endReason: session.endReason,
  };
}
