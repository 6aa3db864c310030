import pg from 'pg';
import { Role } from '../../../src/auth/domain/role.js';
import { startTestApp, type TestApp, type TestUser } from '../../helpers/test-app.js';
import { createTwoOffices, type TwoOffices } from '../../helpers/two-offices.js';

const SECRET_COLUMNS: Record<string, string> = { app_user: 'password_hash', api_token: 'token_hash', invitation: 'code_hash' };
const ME = '{ me { email } }';
const LOGIN = 'mutation ($email: String!, $password: String!) { login(input: {email: $email, password: $password}) { accessToken } }';
const CREATE_TOKEN = 'mutation ($name: String!) { createApiToken(input: {name: $name}) { token apiToken { id prefix } } }';
const INVITE =
  'mutation ($org: ID!, $email: String!) { inviteMember(input: {organizationId: $org, role: AUDITOR, email: $email, displayName: "Invited"}) { code invitation { id } } }';
const ACCEPT = 'mutation ($code: String!, $password: String!) { acceptInvitation(input: {code: $code, password: $password}) { accessToken } }';

interface Settings {
  organizationIds?: string[];
  userId?: string;
  allOrganizations?: boolean;
}

/**
 * Straight to PostgreSQL as the application's role: account e-mails, password hashes, API token
 * hashes and invitation code hashes, whatever the settings; then the same through the API, which
 * must still sign people in by password, API token and invitation.
 */
describe('credentials as the application role', () => {
  let t: TestApp;
  let offices: TwoOffices;
  let adminB: TestUser;
  let app: pg.Client;

  beforeAll(async () => {
    t = await startTestApp();
    offices = await createTwoOffices(t);
    adminB = await t.createUser([{ organizationId: offices.organizationB, role: Role.ADMIN }]);
    const token = await t.graphql(CREATE_TOKEN, { name: 'B script' }, offices.users.ownerB.token);
    expect(token.errors).toBeUndefined();
    const invited = await t.graphql(INVITE, { org: offices.organizationB, email: 'pending@b.example' }, adminB.token);
    expect(invited.errors).toBeUndefined();
    app = new pg.Client({ connectionString: t.appUrl });
    await app.connect();
  });

  afterAll(async () => {
    await app.end();
    await t.close();
  });

  async function asApp<T extends pg.QueryResultRow>(settings: Settings, sql: string, params: unknown[] = []): Promise<T[]> {
    await app.query('BEGIN');
    try {
      await app.query(
        `SELECT set_config('app.organization_ids', $1, true), set_config('app.user_id', $2, true), set_config('app.all_organizations', $3, true)`,
        [`{${(settings.organizationIds ?? []).join(',')}}`, settings.userId ?? '', settings.allOrganizations ? 'on' : 'off'],
      );
      return (await app.query<T>(sql, params)).rows;
    } finally {
      await app.query('ROLLBACK');
    }
  }

  const emails = async (settings: Settings) =>
    (await asApp<{ email: string }>(settings, 'SELECT email FROM app_user ORDER BY email')).map((row) => row.email);

  it('may read every column of the credential tables but the hash, by the catalogue', async () => {
    const { rows } = await t.owner.query<{ table: string; column: string; readable: boolean }>(
      `SELECT c.table_name AS table, c.column_name AS column, has_column_privilege('rpa_app', format('%I', c.table_name), c.column_name, 'SELECT') AS readable
         FROM information_schema.columns c
        WHERE c.table_schema = 'public' AND c.table_name = ANY ($1)`,
      [Object.keys(SECRET_COLUMNS)],
    );
    expect(rows.length).toBeGreaterThan(20);
    expect(rows.filter((row) => row.readable === (SECRET_COLUMNS[row.table] === row.column))).toEqual([]);
  });

  it.each<[string, () => Settings]>([
    ['no setting', () => ({})],
    ["one office's setting", () => ({ organizationIds: [offices.organizationA], userId: offices.users.adminA.id })],
    ['all organizations', () => ({ allOrganizations: true })],
  ])('cannot read, filter by or dump a hash with %s', async (_name, settings) => {
    const scope = settings();
    for (const [table, column] of Object.entries(SECRET_COLUMNS)) {
      for (const sql of [
        `SELECT ${column} FROM ${table}`,
        `SELECT id FROM ${table} WHERE ${column} IS NOT NULL`,
        `SELECT * FROM ${table}`,
        `SELECT to_jsonb(x) FROM ${table} x`,
        `COPY ${table} TO STDOUT`,
      ]) {
        await expect(asApp(scope, sql)).rejects.toThrow(/permission denied/);
      }
    }
  });

  it('cannot write a hash or an account itself', async () => {
    const scope: Settings = { organizationIds: [offices.organizationA], userId: offices.users.adminA.id };
    await expect(asApp(scope, "UPDATE app_user SET password_hash = 'x' WHERE id = $1", [offices.users.adminA.id])).rejects.toThrow(/permission denied/);
    await expect(asApp(scope, "INSERT INTO app_user (email, display_name, password_hash) VALUES ('x@a.example', 'x', 'x')")).rejects.toThrow(/permission denied/);
    await expect(asApp(scope, "UPDATE api_token SET token_hash = repeat('0', 64)")).rejects.toThrow(/permission denied/);
    await expect(asApp(scope, "UPDATE invitation SET code_hash = repeat('0', 64)")).rejects.toThrow(/permission denied/);
  });

  it('reaches the hashes only through functions run as the owner, which no other role may call', async () => {
    const { rows } = await t.owner.query<{ name: string; definer: boolean; config: string[]; others: boolean }>(
      `SELECT p.proname AS name, p.prosecdef AS definer, p.proconfig AS config,
              has_function_privilege('rpa_importer', p.oid, 'EXECUTE') AS others
         FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname = 'public' AND p.proname LIKE 'auth\\_%' ORDER BY p.proname`,
    );
    expect(rows.map((row) => row.name)).toEqual(expect.arrayContaining(['auth_api_token_user', 'auth_create_invited_user', 'auth_credentials', 'auth_invitation_id']));
    // Every auth_ function from this migration on (auth_memberships predates the fixed search path).
    const added = rows.filter((row) => row.name !== 'auth_memberships');
    expect(added.filter((row) => !row.definer || !row.config?.includes('search_path=pg_catalog, public, pg_temp') || row.others)).toEqual([]);
  });

  it("sees no account without a setting, its own by app.user_id, and an office's members only with that office's setting", async () => {
    const { ownerA, otherOwnerA, managerA, auditorA, adminA, ownerB, platformAdmin } = offices.users;
    expect(await emails({})).toEqual([]);
    expect(await emails({ userId: ownerB.id })).toEqual([ownerB.email]);
    const officeA = [ownerA, otherOwnerA, managerA, auditorA, adminA].map((user) => user.email).sort();
    expect(await emails({ organizationIds: [offices.organizationA] })).toEqual(officeA);
    expect(await emails({ organizationIds: [offices.organizationA], userId: adminA.id })).toEqual(officeA);
    expect(await emails({ organizationIds: [offices.organizationA], userId: platformAdmin.id })).toEqual([...officeA, platformAdmin.email].sort());
    expect(await emails({ allOrganizations: true })).toEqual(expect.arrayContaining([ownerB.email, adminB.email, platformAdmin.email]));
  });

  it("sees only the caller's own API tokens, and an invitation's e-mail only in its office", async () => {
    const tokens = (settings: Settings) => asApp<{ user_id: string }>(settings, 'SELECT user_id FROM api_token');
    expect(await tokens({})).toEqual([]);
    expect(await tokens({ organizationIds: [offices.organizationB], userId: adminB.id })).toEqual([]);
    expect(await tokens({ userId: offices.users.ownerB.id })).toEqual([{ user_id: offices.users.ownerB.id }]);
    const invitations = (settings: Settings) => asApp<{ email: string }>(settings, 'SELECT email FROM invitation');
    expect(await invitations({ organizationIds: [offices.organizationA] })).toEqual([]);
    expect(await invitations({ organizationIds: [offices.organizationB] })).toEqual([{ email: 'pending@b.example' }]);
  });

  it('still signs in by password, and lists members with their e-mails', async () => {
    const login = await t.graphql<{ login: { accessToken: string } }>(LOGIN, { email: offices.users.adminA.email, password: offices.users.adminA.password });
    expect(login.errors).toBeUndefined();
    const token = login.data!.login.accessToken;
    expect((await t.graphql<{ me: { email: string } }>(ME, {}, token)).data?.me.email).toBe(offices.users.adminA.email);
    const wrong = await t.graphql(LOGIN, { email: offices.users.adminA.email, password: 'not the password' });
    expect(wrong.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');

    const members = await t.graphql<{ members: { email: string }[] }>('query ($org: ID!) { members(organizationId: $org) { email } }', { org: offices.organizationA }, token);
    expect(members.data?.members).toHaveLength(5);
    // The member's account is read before the role that made it visible here is gone.
    const revoked = await t.graphql<{ revokeRole: { email: string; roles: string[] } }>(
      'mutation ($org: ID!, $user: ID!) { revokeRole(input: {organizationId: $org, userId: $user, role: AUDITOR}) { email roles } }',
      { org: offices.organizationA, user: offices.users.auditorA.id },
      token,
    );
    expect(revoked.data?.revokeRole).toEqual({ email: offices.users.auditorA.email, roles: [] });
  });

  it('still accepts an API token until it is revoked or expired', async () => {
    const user = offices.users.managerA;
    const create = async (name: string) => {
      const created = await t.graphql<{ createApiToken: { token: string; apiToken: { id: string } } }>(CREATE_TOKEN, { name }, user.token);
      return created.data!.createApiToken;
    };
    const revocable = await create('revocable');
    const expiring = await create('expiring');
    expect((await t.graphql<{ me: { email: string } }>(ME, {}, revocable.token)).data?.me.email).toBe(user.email);
    const listed = await t.graphql<{ apiTokens: { id: string }[] }>('{ apiTokens { id } }', {}, user.token);
    expect(listed.data?.apiTokens.map((token) => token.id).sort()).toEqual([revocable.apiToken.id, expiring.apiToken.id].sort());

    await t.graphql('mutation ($id: ID!) { revokeApiToken(id: $id) { id } }', { id: revocable.apiToken.id }, user.token);
    expect((await t.graphql(ME, {}, revocable.token)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await t.graphql<{ me: { email: string } }>(ME, {}, expiring.token)).data?.me.email).toBe(user.email);
    await t.owner.query("UPDATE api_token SET expires_at = now() - interval '1 second' WHERE id = $1", [expiring.apiToken.id]);
    expect((await t.graphql(ME, {}, expiring.token)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('still accepts an invitation, for an existing account and for a new one, once', async () => {
    const join = await t.graphql<{ inviteMember: { code: string } }>(INVITE, { org: offices.organizationB, email: offices.users.ownerA.email }, adminB.token);
    const joined = await t.graphql<{ acceptInvitation: { accessToken: string } }>(ACCEPT, { code: join.data!.inviteMember.code, password: offices.users.ownerA.password });
    expect(joined.errors).toBeUndefined();

    const fresh = await t.graphql<{ inviteMember: { code: string } }>(INVITE, { org: offices.organizationB, email: 'fresh@b.example' }, adminB.token);
    const created = await t.graphql<{ acceptInvitation: { accessToken: string } }>(ACCEPT, { code: fresh.data!.inviteMember.code, password: 'a fresh long password' });
    expect(created.errors).toBeUndefined();
    expect((await t.graphql<{ me: { email: string } }>(ME, {}, created.data!.acceptInvitation.accessToken)).data?.me.email).toBe('fresh@b.example');
    const again = await t.graphql(ACCEPT, { code: fresh.data!.inviteMember.code, password: 'a fresh long password' });
    expect(again.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const { rows } = await t.owner.query<{ display_name: string; platform_admin: boolean; demo: boolean }>(
      "SELECT display_name, platform_admin, demo FROM app_user WHERE email = 'fresh@b.example'",
    );
    expect(rows).toEqual([{ display_name: 'Invited', platform_admin: false, demo: false }]);
  });
});
