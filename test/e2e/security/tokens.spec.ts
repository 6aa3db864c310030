import { SignJWT } from 'jose';
import { Role } from '../../../src/auth/domain/role.js';
import { startTestApp, type TestApp, type TestUser } from '../../helpers/test-app.js';

const JWT_SECRET = 'test-secret-test-secret-test-secret-0123';
const ME = '{ me { email memberships { role } } }';
const LOGIN = 'mutation ($email: String!, $password: String!) { login(input: {email: $email, password: $password}) { accessToken expiresAt } }';

async function token(secret: string, claims: { sub: string; exp: number; iss?: string; aud?: string }): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.sub)
    .setIssuer(claims.iss ?? 'rpa-readiness')
    .setAudience(claims.aud ?? 'rpa-readiness-api')
    .setIssuedAt()
    .setExpirationTime(claims.exp)
    .sign(new TextEncoder().encode(secret));
}

describe('sign-in, access tokens and API tokens', () => {
  let t: TestApp;
  let user: TestUser;
  const now = () => Math.floor(Date.now() / 1000);

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_ATTEMPTS_PER_MINUTE: '3' });
    const organizationId = await t.createOrganization('Gmina', '1465011');
    user = await t.createUser([{ organizationId, role: Role.MANAGER }]);
  });

  afterAll(async () => {
    await t.close();
  });

  it('signs in with the password and accepts the access token it returns', async () => {
    const login = await t.graphql<{ login: { accessToken: string; expiresAt: string } }>(LOGIN, {
      email: user.email.toUpperCase(),
      password: user.password,
    });
    expect(login.errors).toBeUndefined();
    const expiresIn = new Date(login.data!.login.expiresAt).getTime() - Date.now();
    expect(expiresIn).toBeGreaterThan(800_000);
    expect(expiresIn).toBeLessThanOrEqual(900_000);
    const me = await t.graphql<{ me: { email: string } }>(ME, {}, login.data!.login.accessToken);
    expect(me.data?.me.email).toBe(user.email);
  });

  it('stores passwords as scrypt hashes only', async () => {
    const { rows } = await t.owner.query<{ password_hash: string }>('SELECT password_hash FROM app_user WHERE id = $1', [user.id]);
    expect(rows[0].password_hash).toMatch(/^scrypt\$\d+\$8\$1\$/);
    expect(rows[0].password_hash).not.toContain(user.password);
  });

  it('refuses a wrong password and an unknown e-mail with the same message, then rate-limits', async () => {
    const email = `limited-${Date.now()}@test.example`;
    const wrong = await t.graphql(LOGIN, { email, password: 'wrong password' });
    expect(wrong.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0].message).toBe('e-mail or password is wrong');
    await t.graphql(LOGIN, { email, password: 'wrong password' });
    await t.graphql(LOGIN, { email, password: 'wrong password' });
    const limited = await t.graphql(LOGIN, { email, password: 'wrong password' });
    expect(limited.errors?.[0].extensions.code).toBe('RATE_LIMITED');
  });

  it.each([
    ['signed with another secret', () => token('another-secret-another-secret-another-1', { sub: user.id, exp: now() + 600 }), 'not valid'],
    ['expired', () => token(JWT_SECRET, { sub: user.id, exp: now() - 10 }), 'expired'],
    ['for another audience', () => token(JWT_SECRET, { sub: user.id, exp: now() + 600, aud: 'other' }), 'not valid'],
    ['unsigned (alg none)', () => Promise.resolve(`${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ sub: user.id })).toString('base64url')}.`), 'not valid'],
    ['garbage', () => Promise.resolve('not-a-token'), 'not valid'],
  ])('refuses a token %s with UNAUTHENTICATED', async (_label, makeToken, message) => {
    const response = await t.graphql(ME, {}, await makeToken());
    expect(response.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(response.errors?.[0].message).toContain(message);
    expect(response.data).toBeNull();
  });

  it('refuses a valid token of a deactivated user', async () => {
    const organizationId = await t.createOrganization('Gmina 2', '1262011');
    const leaver = await t.createUser([{ organizationId, role: Role.AUDITOR }]);
    await t.owner.query('UPDATE app_user SET active = false WHERE id = $1', [leaver.id]);
    const response = await t.graphql(ME, {}, leaver.token);
    expect(response.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('applies a role revoked through the API to the very next request, although accounts are cached', async () => {
    const organizationId = await t.createOrganization('Gmina 7', '1267011');
    const admin = await t.createUser([{ organizationId, role: Role.ADMIN }]);
    const auditor = await t.createUser([{ organizationId, role: Role.AUDITOR }]);
    const read = () => t.graphql('query ($org: ID!) { auditLog(organizationId: $org, first: 1) { totalCount } }', { org: organizationId }, auditor.token);
    expect((await read()).errors).toBeUndefined();
    const revoked = await t.graphql(
      'mutation ($input: RoleGrantInput!) { revokeRole(input: $input) { userId } }',
      { input: { organizationId, userId: auditor.id, role: 'AUDITOR' } },
      admin.token,
    );
    expect(revoked.errors).toBeUndefined();
    expect((await read()).errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('refuses demo accounts outside the embedded demo mode', async () => {
    const organizationId = await t.createOrganization('Gmina 3', '1263011');
    const demo = await t.createUser([{ organizationId, role: Role.AUDITOR }]);
    await t.owner.query('UPDATE app_user SET demo = true WHERE id = $1', [demo.id]);
    const login = await t.graphql(LOGIN, { email: demo.email, password: demo.password });
    expect(login.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await t.graphql(ME, {}, demo.token)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('issues an API token once, stores only its hash, and stops accepting it when revoked', async () => {
    const created = await t.graphql<{ createApiToken: { token: string; apiToken: { id: string; prefix: string } } }>(
      'mutation { createApiToken(input: {name: "import script", expiresInDays: 30}) { token apiToken { id prefix expiresAt } } }',
      {},
      user.token,
    );
    const { token: apiToken, apiToken: record } = created.data!.createApiToken;
    expect(apiToken).toMatch(/^rpa_/);
    expect(apiToken.startsWith(record.prefix)).toBe(true);

    const { rows } = await t.owner.query<{ token_hash: string }>('SELECT token_hash FROM api_token WHERE id = $1', [record.id]);
    expect(rows[0].token_hash).toHaveLength(64);
    expect(rows[0].token_hash).not.toContain(apiToken.slice(4));

    expect((await t.graphql<{ me: { email: string } }>(ME, {}, apiToken)).data?.me.email).toBe(user.email);
    const listed = await t.graphql<{ apiTokens: Record<string, unknown>[] }>('{ apiTokens { id prefix revokedAt } }', {}, user.token);
    expect(listed.data?.apiTokens).toEqual([{ id: record.id, prefix: record.prefix, revokedAt: null }]);

    await t.graphql('mutation ($id: ID!) { revokeApiToken(id: $id) { revokedAt } }', { id: record.id }, user.token);
    const afterRevoke = await t.graphql(ME, {}, apiToken);
    expect(afterRevoke.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it("cannot revoke someone else's API token", async () => {
    const created = await t.graphql<{ createApiToken: { apiToken: { id: string } } }>(
      'mutation { createApiToken(input: {name: "mine"}) { apiToken { id } } }',
      {},
      user.token,
    );
    const organizationId = await t.createOrganization('Gmina 4', '1264011');
    const stranger = await t.createUser([{ organizationId, role: Role.ADMIN }]);
    const response = await t.graphql('mutation ($id: ID!) { revokeApiToken(id: $id) { id } }', { id: created.data!.createApiToken.apiToken.id }, stranger.token);
    expect(response.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('records the creation and revocation of an API token in the trail of each of the user\'s organizations, without the token', async () => {
    const created = await t.graphql<{ createApiToken: { token: string; apiToken: { id: string } } }>(
      'mutation { createApiToken(input: {name: "audited"}) { token apiToken { id } } }',
      {},
      user.token,
    );
    const id = created.data!.createApiToken.apiToken.id;
    await t.graphql('mutation ($id: ID!) { revokeApiToken(id: $id) { id } }', { id }, user.token);
    const { rows } = await t.owner.query<{ action: string; actor_user_id: string; before: unknown; after: Record<string, unknown> }>(
      "SELECT action, actor_user_id, before, after FROM audit_log WHERE entity = 'api_token' AND entity_id = $1 ORDER BY id",
      [id],
    );
    expect(rows.map((row) => [row.action, row.actor_user_id])).toEqual([['INSERT', user.id], ['UPDATE', user.id]]);
    expect(rows[1].after.revokedAt).toEqual(expect.any(String));
    expect(JSON.stringify(rows)).not.toContain(created.data!.createApiToken.token.slice(12));
  });
});
