import { createHmac, timingSafeEqual } from 'node:crypto';

export type TokenRefusal = 'expired' | 'invalid';

export class TokenRefusedError extends Error {
  constructor(readonly reason: TokenRefusal) {
    super(`token ${reason}`);
  }
}

const BASE64URL = /^[A-Za-z0-9_-]*$/;

function decodeJson(part: string): Record<string, unknown> {
  if (!BASE64URL.test(part)) throw new TokenRefusedError('invalid');
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // not JSON: refused below
  }
  throw new TokenRefusedError('invalid');
}

/**
 * Verifies a compact JWS signed with HMAC-SHA256 (RFC 7515/7519) and returns its subject and
 * session (the `sid` claim of a web sign-in; null for a token without one).
 * Synchronous node:crypto: the access token is checked on every request, and the WebCrypto path
 * of a general JOSE library cost ~0.24 ms per check here. Only alg HS256 is accepted (never
 * "none"), no critical extensions; the signature is compared in constant time; iss and aud must
 * match, exp must lie in the future and nbf, when present, in the past.
 */
export function verifyHs256(
  token: string,
  key: Buffer,
  expected: { issuer: string; audience: string; nowSeconds: number },
): { subject: string; sessionId: string | null } {
  const parts = token.split('.');
  if (parts.length !== 3) throw new TokenRefusedError('invalid');
  const [headerPart, payloadPart, signaturePart] = parts;
  const header = decodeJson(headerPart);
  if (header.alg !== 'HS256' || (header.typ !== undefined && header.typ !== 'JWT') || header.crit !== undefined) {
    throw new TokenRefusedError('invalid');
  }
  if (!BASE64URL.test(signaturePart)) throw new TokenRefusedError('invalid');
  const signature = Buffer.from(signaturePart, 'base64url');
  const computed = createHmac('sha256', key).update(`${headerPart}.${payloadPart}`).digest();
  if (signature.length !== computed.length || !timingSafeEqual(signature, computed)) throw new TokenRefusedError('invalid');
  const payload = decodeJson(payloadPart);
  const audience = payload.aud;
  const audienceMatches = audience === expected.audience || (Array.isArray(audience) && audience.includes(expected.audience));
  if (payload.iss !== expected.issuer || !audienceMatches) throw new TokenRefusedError('invalid');
  if (typeof payload.exp !== 'number') throw new TokenRefusedError('invalid');
  if (typeof payload.nbf === 'number' && payload.nbf > expected.nowSeconds) throw new TokenRefusedError('invalid');
  if (payload.exp <= expected.nowSeconds) throw new TokenRefusedError('expired');
  if (typeof payload.sub !== 'string' || payload.sub === '') throw new TokenRefusedError('invalid');
  if (payload.sid !== undefined && typeof payload.sid !== 'string') throw new TokenRefusedError('invalid');
  return { subject: payload.sub, sessionId: payload.sid ?? null };
}
