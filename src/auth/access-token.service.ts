import { Inject, Injectable } from '@nestjs/common';
import { createSecretKey, type KeyObject } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.tokens.js';
import { UnauthenticatedError } from './access.js';

const ISSUER = 'rpa-readiness';
const AUDIENCE = 'rpa-readiness-api';

/** Short-lived HS256 access tokens; the subject is the user id, nothing else is trusted from it. */
@Injectable()
export class AccessTokenService {
  /** A KeyObject built once: jose would otherwise import a raw secret on every verification. */
  private readonly key: KeyObject;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    if (!config.auth.jwtSecret) throw new Error('JWT secret missing: resolve it before building the app');
    this.key = createSecretKey(Buffer.from(config.auth.jwtSecret, 'utf8'));
  }

  async sign(userId: string): Promise<{ token: string; expiresAt: Date }> {
    const expiresAt = new Date(Date.now() + this.config.auth.accessTokenTtlSeconds * 1000);
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(userId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key);
    return { token, expiresAt };
  }

  /** The user id of a valid token; an expired, forged or malformed one is UNAUTHENTICATED. */
  async verify(token: string): Promise<string> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: ['HS256'],
        issuer: ISSUER,
        audience: AUDIENCE,
      });
      if (!payload.sub) throw new UnauthenticatedError('access token has no subject');
      return payload.sub;
    } catch (error) {
      if (error instanceof errors.JWTExpired) {
        throw new UnauthenticatedError('access token expired: sign in again');
      }
      if (error instanceof UnauthenticatedError) throw error;
      throw new UnauthenticatedError('access token is not valid');
    }
  }
}
