import { SignJWT } from 'jose';
import { TokenRefusedError, verifyHs256 } from '../hs256-token.js';

const KEY = Buffer.from('unit-secret-unit-secret-unit-secret-0123');
const NOW = 1_800_000_000;
const EXPECTED = { issuer: 'rpa-readiness', audience: 'rpa-readiness-api', nowSeconds: NOW };

function sign(overrides: { alg?: string; key?: Buffer; aud?: string | string[]; exp?: number; nbf?: number; sub?: string; sid?: unknown } = {}): Promise<string> {
  const jwt = new SignJWT(overrides.sid === undefined ? {} : { sid: overrides.sid })
    .setProtectedHeader({ alg: overrides.alg ?? 'HS256', typ: 'JWT' })
    .setIssuer('rpa-readiness')
    .setAudience(overrides.aud ?? 'rpa-readiness-api')
    .setExpirationTime(overrides.exp ?? NOW + 600);
  if (overrides.sub !== '') jwt.setSubject(overrides.sub ?? 'user-1');
  if (overrides.nbf !== undefined) jwt.setNotBefore(overrides.nbf);
  return jwt.sign(overrides.key ?? KEY);
}

function refusal(token: string): string {
  try {
    verifyHs256(token, KEY, EXPECTED);
    return 'accepted';
  } catch (error) {
    return error instanceof TokenRefusedError ? error.reason : 'crashed';
  }
}

describe('HS256 access token verification', () => {
  it('accepts a token signed by jose with the same key, single or listed audience', async () => {
    expect(verifyHs256(await sign(), KEY, EXPECTED)).toEqual({ subject: 'user-1', sessionId: null });
    expect(verifyHs256(await sign({ aud: ['other', 'rpa-readiness-api'] }), KEY, EXPECTED).subject).toBe('user-1');
  });

  it('returns the session of a web sign-in, and refuses a session claim that is not a string', async () => {
    expect(verifyHs256(await sign({ sid: 'session-1' }), KEY, EXPECTED)).toEqual({ subject: 'user-1', sessionId: 'session-1' });
    expect(refusal(await sign({ sid: 42 }))).toBe('invalid');
  });

  it('refuses forged, other-algorithm, unsigned, tampered and malformed tokens', async () => {
    expect(refusal(await sign({ key: Buffer.from('another-secret-another-secret-another-1') }))).toBe('invalid');
    expect(refusal(await sign({ alg: 'HS512' }))).toBe('invalid');
    const [header, payload, signature] = (await sign()).split('.');
    const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${payload}.`;
    expect(refusal(none)).toBe('invalid');
    const tampered = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), sub: 'admin' })).toString('base64url');
    expect(refusal(`${header}.${tampered}.${signature}`)).toBe('invalid');
    for (const garbage of ['not-a-token', 'a.b', `${header}.${payload}.${signature}.x`, `${header}.%%%.${signature}`, `${header}.${payload}.***`]) {
      expect(refusal(garbage)).toBe('invalid');
    }
  });

  it('refuses an expired token as expired, and a not-yet-valid, foreign-audience or subject-less one as invalid', async () => {
    expect(refusal(await sign({ exp: NOW }))).toBe('expired');
    expect(refusal(await sign({ nbf: NOW + 60 }))).toBe('invalid');
    expect(refusal(await sign({ aud: 'other' }))).toBe('invalid');
    expect(refusal(await sign({ sub: '' }))).toBe('invalid');
  });
});
