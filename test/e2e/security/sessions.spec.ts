import pg from 'pg';
import { Role } from '../../../src/auth/domain/role.js';
import { startTestApp, type TestApp, type TestUser } from '../../helpers/test-app.js';

interface Tokens {
  accessToken: string;
  expiresAt: string;
  refreshToken: string;
  idleExpiresAt: string;
  sessionExpiresAt: string;
  serverTime: string;
}

const TOKEN_FIELDS = 'accessToken expiresAt refreshToken sessionId idleExpiresAt sessionExpiresAt serverTime';
const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { ${TOKEN_FIELDS} } }`;
const REFRESH = `mutation ($input: RefreshSessionInput!) { refreshSession(input: $input) { ${TOKEN_FIELDS} } }`;
const ME = '{ me { id } }';
const MINUTE = 60_000;

describe('web sessions: refresh with rotation, idle deadline, sign-out', () => {
  let t: TestApp;
  let user: TestUser;
  let office: string;

  beforeAll(async () => {
    // Every request reads the session afresh: a sign-out must count at once here.
    t = await startTestApp({ ACCOUNT_CACHE_MS: '0', SESSION_IDLE_MINUTES: '30', SESSION_MAX_HOURS: '12', ACCESS_TOKEN_TTL_SECONDS: '900' });
    office = await t.createOrganization('Gmina Sesji', '0201021');
    user = await t.createUser([{ organizationId: office, role: Role.MANAGER }]);
  });

  afterAll(() => t.close());

  async function signIn(): Promise<Tokens> {
    const answer = await t.graphql<{ login: Tokens }>(LOGIN, { input: { email: user.email, password: user.password } });
    expect(answer.errors).toBeUndefined();
    return answer.data!.login;
  }

  const refresh = (refreshToken: string, lastActiveSecondsAgo = 0) =>
    t.graphql<{ refreshSession: Tokens }>(REFRESH, { input: { refreshToken, lastActiveSecondsAgo } });

  const signedIn = async (accessToken: string) => (await t.graphql(ME, {}, accessToken)).errors === undefined;

  it('signs in with a session: times stated against the server clock, the access token never outliving the idle deadline', async () => {
    const tokens = await signIn();
    const server = Date.parse(tokens.serverTime);
    expect(Math.abs(server - Date.now())).toBeLessThan(5_000);
    expect(Date.parse(tokens.expiresAt) - server).toBeGreaterThan(14 * MINUTE);
    expect(Date.parse(tokens.expiresAt) - server).toBeLessThanOrEqual(15 * MINUTE + 1_000);
    expect(Date.parse(tokens.idleExpiresAt) - server).toBeGreaterThan(29 * MINUTE);
    expect(Date.parse(tokens.sessionExpiresAt) - server).toBeGreaterThan(11.9 * 60 * MINUTE);
    expect(tokens.refreshToken).toMatch(/^rs_[0-9a-f-]{36}_/);
    expect(await signedIn(tokens.accessToken)).toBe(true);
  });

  it('exchanges a refresh token once; a second use ends the session, for the newer tokens too, and the trail records it', async () => {
    const first = await signIn();
    const renewed = await refresh(first.refreshToken);
    expect(renewed.errors).toBeUndefined();
    const second = renewed.data!.refreshSession;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(await signedIn(second.accessToken)).toBe(true);

    const replay = await refresh(first.refreshToken);
    expect(replay.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(replay.errors?.[0].message).toContain('used a second time');
    expect((await refresh(second.refreshToken)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await signedIn(second.accessToken)).toBe(false);

    const sessionId = /^rs_([0-9a-f-]{36})_/.exec(first.refreshToken)![1];
    const { rows } = await t.owner.query<{ action: string; after: { endReason?: string } }>(
      "SELECT action, after FROM audit_log WHERE entity = 'user_session' AND entity_id = $1 ORDER BY id",
      [sessionId],
    );
    expect(rows.map((row) => row.action)).toEqual(['INSERT', 'UPDATE']);
    expect(rows[1].after.endReason).toBe('REFRESH_REUSED');
    expect(JSON.stringify(rows)).not.toContain(first.refreshToken);
  });

  it('moves the idle deadline by the activity the browser reports, never by a refresh nobody asked for', async () => {
    const tokens = await signIn();
    const idle = Date.parse(tokens.idleExpiresAt);
    // Last active 29 minutes ago: the deadline stays (it would have moved back).
    const quiet = (await refresh(tokens.refreshToken, 29 * 60)).data!.refreshSession;
    expect(Date.parse(quiet.idleExpiresAt)).toBe(idle);
    expect(Date.parse(quiet.expiresAt)).toBeLessThanOrEqual(idle);
    // Active just now, a little later: the deadline moves to now + 30 minutes.
    const active = (await refresh(quiet.refreshToken, 0)).data!.refreshSession;
    expect(Date.parse(active.idleExpiresAt)).toBeGreaterThanOrEqual(idle);
    expect(Math.abs(Date.parse(active.idleExpiresAt) - (Date.parse(active.serverTime) + 30 * MINUTE))).toBeLessThan(2_000);
  });

  it('refuses a refresh after the idle deadline, and a refresh token that is not one', async () => {
    const tokens = await signIn();
    const sessionId = /^rs_([0-9a-f-]{36})_/.exec(tokens.refreshToken)![1];
    await t.owner.query("UPDATE user_session SET idle_expires_at = now() - interval '1 second' WHERE id = $1", [sessionId]);
    const late = await refresh(tokens.refreshToken);
    expect(late.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(late.errors?.[0].message).toContain('idle too long');
    for (const bogus of ['', 'rs_not-a-session', `rs_${sessionId}_${'A'.repeat(43)}x`]) {
      expect((await refresh(bogus)).errors?.[0].extensions?.code).toMatch(/^(UNAUTHENTICATED|BAD_USER_INPUT)$/);
    }
  });

  it('signs out: the refresh token and the access token stop working at once, and the trail records it', async () => {
    const tokens = await signIn();
    const out = await t.graphql<{ signOut: boolean }>('mutation { signOut }', {}, tokens.accessToken);
    expect(out.data?.signOut).toBe(true);
    expect(await signedIn(tokens.accessToken)).toBe(false);
    const after = await refresh(tokens.refreshToken);
    expect(after.errors?.[0].message).toContain('signed out');
    const { rows } = await t.owner.query<{ reason: string }>(
      "SELECT after->>'endReason' AS reason FROM audit_log WHERE entity = 'user_session' AND action = 'UPDATE' AND organization_id = $1 ORDER BY id DESC LIMIT 1",
      [office],
    );
    expect(rows[0].reason).toBe('SIGNED_OUT');
  });

  it('keeps refresh hashes from the application role, which sees only its own sessions', async () => {
    await signIn();
    const app = new pg.Client({ connectionString: t.appUrl });
    await app.connect();
    try {
      await expect(app.query('SELECT refresh_hash FROM user_session')).rejects.toThrow('permission denied');
      expect((await app.query('SELECT id FROM user_session')).rows).toEqual([]);
      await expect(app.query("UPDATE user_session SET refresh_hash = repeat('0', 64)")).rejects.toThrow('permission denied');
    } finally {
      await app.end();
    }
  });
});
