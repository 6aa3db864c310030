import { randomBytes } from 'node:crypto';
import { hashApiToken } from './api-token.js';

/**
 * A refresh token names its session, so that a token already exchanged can be recognised as a
 * replay of that session (and end it) rather than as an unknown token.
 */
const REFRESH_TOKEN = /^rs_([0-9a-f-]{36})_([A-Za-z0-9_-]{43})$/;

export function generateRefreshToken(sessionId: string): { token: string; hash: string } {
  const token = `rs_${sessionId}_${randomBytes(32).toString('base64url')}`;
  return { token, hash: hashApiToken(token) };
}

/** The session a refresh token names, with the hash to compare; undefined for anything else. */
export function readRefreshToken(token: string): { sessionId: string; hash: string } | undefined {
  const match = REFRESH_TOKEN.exec(token);
  return match ? { sessionId: match[1], hash: hashApiToken(token) } : undefined;
}
