import type { DataSource } from 'typeorm';
import { AdminCommandError, runAdminCommand } from '../../../src/auth/admin-commands.js';
import { Role } from '../../../src/auth/domain/role.js';
import { createDataSource } from '../../../src/database/data-source.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

describe('npm run admin: the way back in when nobody can sign in', () => {
  let t: TestApp;
  let owner: DataSource;
  let organizationId: string;

  beforeAll(async () => {
    t = await startTestApp();
    owner = createDataSource(t.database.url);
    await owner.initialize();
    organizationId = await t.createOrganization('Gmina', '1465041');
  });

  afterAll(async () => {
    await owner.destroy();
    await t.close();
  });

  const signIn = async (email: string, password: string) =>
    (await t.graphql<{ login: { accessToken: string } }>('mutation ($input: LoginInput!) { login(input: $input) { accessToken } }', { input: { email, password } })).data?.login.accessToken;
  const passwordIn = (line: string) => /: (\S+)$/.exec(line)![1];
  const auditedActions = async (entityId: string) =>
    (await t.owner.query<{ action: string }>("SELECT action FROM audit_log WHERE entity = 'app_user' AND entity_id = $1 ORDER BY id", [entityId])).rows.map((row) => row.action);

  it('creates a platform administrator who can sign in, and gives it a role in an office, audited', async () => {
    const created = await runAdminCommand(owner, ['create-platform-admin', 'It@Gmina.example']);
    expect(created.lines[0]).toMatch(/^platform administrator it@gmina\.example created; its password \(shown once\): \S+$/);
    const token = await signIn('it@gmina.example', passwordIn(created.lines[0]));
    expect(token).toBeDefined();
    const granted = await runAdminCommand(owner, ['grant-role', 'it@gmina.example', '1465041', 'admin']);
    expect(granted.lines).toEqual(['it@gmina.example now has the role ADMIN in Gmina']);
    expect((await runAdminCommand(owner, ['grant-role', 'it@gmina.example', organizationId, 'ADMIN'])).lines).toEqual(['it@gmina.example already has the role ADMIN in Gmina']);
    const me = await t.graphql<{ me: { platformAdmin: boolean; memberships: { role: string }[] } }>('{ me { platformAdmin memberships { role } } }', {}, token);
    expect(me.data?.me).toEqual({ platformAdmin: true, memberships: [{ role: 'ADMIN' }] });
    const { rows } = await t.owner.query<{ id: string }>("SELECT id FROM app_user WHERE email = 'it@gmina.example'");
    expect(await auditedActions(rows[0].id)).toEqual(['CREATE_PLATFORM_ADMIN', 'GRANT_ROLE']);
  });

  it('resets a password: the old one stops working, its sessions end, the new one signs in', async () => {
    const user = await t.createUser([{ organizationId, role: Role.MANAGER }]);
    const before = await t.graphql<{ login: { refreshToken: string } }>('mutation ($input: LoginInput!) { login(input: $input) { refreshToken } }', {
      input: { email: user.email, password: user.password },
    });
    const reset = await runAdminCommand(owner, ['reset-password', user.email]);
    expect(reset.lines[1]).toBe('signed-in sessions ended: 1');
    const refreshed = await t.graphql('mutation ($input: RefreshSessionInput!) { refreshSession(input: $input) { accessToken } }', {
      input: { refreshToken: before.data!.login.refreshToken, lastActiveSecondsAgo: 0 },
    });
    expect(refreshed.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await signIn(user.email, passwordIn(reset.lines[0]))).toBeDefined();
    expect(await auditedActions(user.id)).toEqual(['RESET_PASSWORD']);
  });

  it('refuses what it cannot do with a sentence, changing nothing', async () => {
    await expect(runAdminCommand(owner, ['reset-password', 'nobody@example.org'])).rejects.toThrow('no account has the e-mail nobody@example.org');
    await expect(runAdminCommand(owner, ['grant-role', 'it@gmina.example', '1465041', 'OWNER'])).rejects.toThrow(/OWNER is not a role; roles: /);
    await expect(runAdminCommand(owner, ['grant-role', 'it@gmina.example', '0000000', 'ADMIN'])).rejects.toThrow('no office has the id or TERYT code 0000000');
    await expect(runAdminCommand(owner, ['destroy-everything'])).rejects.toBeInstanceOf(AdminCommandError);
  });
});
