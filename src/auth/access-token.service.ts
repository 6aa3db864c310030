import { Inject, Injectable } from '@nestjs/common';
import { createSecretKey, type KeyObject } from 'node:crypto';
import { SignJWT } from 'jose';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.tokens.js';
import { UnauthenticatedError } from './access.js';
import { TokenRefusedError, verifyHs256 } from './domain/hs256-token.js';

const ISSUER = 'rpa-readiness';
const AUDIENCE = 'rpa-readiness-api';

/** Short-lived HS256 access tokens; the subject is the user id, nothing else is trusted from it. */
@Injectable()
export class AccessTokenService {
  /** A KeyObject built once for signing with jose; the raw bytes for verifying with node:crypto. */
  private readonly key: KeyObject;
  private readonly secret: Buffer;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    if (!config.auth.jwtSecret) throw new Error('JWT secret missing: resolve it before building the app');
    this.secret = Buffer.from(config.auth.jwtSecret, 'utf8');
    this.key = createSecretKey(this.secret);
  }

  /**
   * A token for the user; with a session (a web sign-in), bound to it, and never valid past
   * `notAfter` (the session's idle deadline), so that no token outlives the session it renews.
   */
  async sign(userId: string, session?: { id: string; notAfter: Date }): Promise<{ token: string; expiresAt: Date }> {
    const lifetimeEnd = Date.now() + this.config.auth.accessTokenTtlSeconds * 1000;
    const expiresAt = new Date(session ? Math.min(lifetimeEnd, session.notAfter.getTime()) : lifetimeEnd);
    const token = await new SignJWT(session ? { sid: session.id } : {})
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(userId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key);
    return { token, expiresAt };
  }

  /** The user (and session) of a valid token; an expired, forged or malformed one is UNAUTHENTICATED. */
  verify(token: string): Promise<{ subject: string; sessionId: string | null }> {
    try {
      return Promise.resolve(verifyHs256(token, this.secret, { issuer: ISSUER, audience: AUDIENCE, nowSeconds: Math.floor(Date.now() / 1000) }));
    } catch (error) {
      if (error instanceof TokenRefusedError && error.reason === 'expired') {
        return Promise.reject(new UnauthenticatedError('access token expired: sign in again'));
      }
      if (error instanceof TokenRefusedError) return Promise.reject(new UnauthenticatedError('access token is not valid'));
      throw error;
    }
  }
}
