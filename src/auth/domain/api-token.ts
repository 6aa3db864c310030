import { createHash, randomBytes } from 'node:crypto';

export const API_TOKEN_PREFIX = 'rpa_';
export const INVITATION_CODE_PREFIX = 'inv_';

/** 256 random bits: a token that strong needs no slow hash, SHA-256 suffices for storage. */
export function generateApiToken(): { token: string; hash: string; prefix: string } {
  const token = API_TOKEN_PREFIX + randomBytes(32).toString('base64url');
  return { token, hash: hashApiToken(token), prefix: token.slice(0, 10) };
}

/** An invitation's code: as strong as an API token, stored the same way (its SHA-256 only). */
export function generateInvitationCode(): { code: string; hash: string } {
  const code = INVITATION_CODE_PREFIX + randomBytes(32).toString('base64url');
  return { code, hash: hashApiToken(code) };
}

export function hashApiToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function looksLikeApiToken(credential: string): boolean {
  return credential.startsWith(API_TOKEN_PREFIX);
}
