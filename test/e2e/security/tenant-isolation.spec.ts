import pg from 'pg';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { createTwoOffices, type TwoOffices } from '../../helpers/two-offices.js';

/** Straight to PostgreSQL as the application's role, bypassing all application code. */
describe('tenant isolation and the audit trail in the database', () => {
  let t: TestApp;
  let offices: TwoOffices;
  let app: pg.Client;

  beforeAll(async () => {
    t = await startTestApp();
    offices = await createTwoOffices(t);
    app = new pg.Client({ connectionString: t.appUrl });
    await app.connect();
  });

  afterAll(async () => {
    await app.end();
    await t.close();
  });

  async function asApp<T extends pg.QueryResultRow>(organizationIds: string[], sql: string, params: unknown[] = []): Promise<T[]> {
    await app.query('BEGIN');
    try {
      await app.query("SELECT set_config('app.organization_ids', $1, true)", [`{${organizationIds.join(',')}}`]);
      return (await app.query<T>(sql, params)).rows;
    } finally {
      await app.query('ROLLBACK');
    }
  }

  it('connects as a role that is neither superuser, nor able to bypass RLS, nor owner of the tables', async () => {
    const { rows } = await app.query<{ rolsuper: boolean; rolbypassrls: boolean; owns: boolean }>(
      `SELECT r.rolsuper, r.rolbypassrls,
              EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user) AS owns
         FROM pg_roles r WHERE r.rolname = current_user`,
    );
    expect(rows[0]).toEqual({ rolsuper: false, rolbypassrls: false, owns: false });
  });

  it.each(['organization', 'department', 'process', 'workflow_step', 'membership', 'audit_log'])(
    'sees no %s rows without the organization setting, though the owner does',
    async (table) => {
      const ownerCount = await t.owner.query<{ count: string }>(`SELECT count(*) FROM ${table}`);
      expect(Number(ownerCount.rows[0].count)).toBeGreaterThan(0);
      const { rows } = await app.query<{ count: string }>(`SELECT count(*) FROM ${table}`);
      expect(rows[0].count).toBe('0');
    },
  );

  it('sees exactly its own organization with the setting', async () => {
    const rows = await asApp<{ id: string }>([offices.organizationA], 'SELECT id FROM process');
    expect(rows.map((row) => row.id)).toEqual([offices.processA]);
  });

  it('cannot write into another organization even with a hand-written statement', async () => {
    await expect(
      asApp([offices.organizationA], "INSERT INTO process (organization_id, name, category) VALUES ($1, 'x', 'OTHER')", [offices.organizationB]),
    ).rejects.toThrow(/row-level security/);
    const updated = await asApp<{ id: string }>([offices.organizationA], "UPDATE process SET name = 'taken' WHERE id = $1 RETURNING id", [offices.processB]);
    expect(updated).toEqual([]);
  });

  it('cannot update, delete or truncate the audit trail as the application role', async () => {
    const scope = [offices.organizationA];
    await expect(asApp(scope, "UPDATE audit_log SET action = 'forged'")).rejects.toThrow(/permission denied/);
    await expect(asApp(scope, 'DELETE FROM audit_log')).rejects.toThrow(/permission denied/);
    await expect(asApp(scope, 'TRUNCATE audit_log')).rejects.toThrow(/permission denied/);
  });

  it('refuses changes to the audit trail even for the owner', async () => {
    await expect(t.owner.query("UPDATE audit_log SET action = 'forged'")).rejects.toThrow(/append-only/);
    await expect(t.owner.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    await expect(t.owner.query('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
  });

  it('records who changed a process, with the row before and after', async () => {
    const renamed = await t.graphql<{ updateProcess: { version: number } }>(
      'mutation ($id: ID!) { updateProcess(id: $id, input: {version: 1, name: "Invoices A, renamed"}) { version } }',
      { id: offices.processA },
      offices.users.ownerA.token,
    );
    expect(renamed.errors).toBeUndefined();
    const trail = await t.graphql<{ auditLog: { edges: { node: { action: string; entity: string; actorUserId: string; before: { name: string }; after: { name: string } } }[] } }>(
      'query ($org: ID!) { auditLog(organizationId: $org, filter: {entity: "process"}, first: 1) { edges { node { action entity actorUserId before after } } } }',
      { org: offices.organizationA },
      offices.users.auditorA.token,
    );
    expect(trail.data?.auditLog.edges[0].node).toMatchObject({
      action: 'UPDATE',
      entity: 'process',
      actorUserId: offices.users.ownerA.id,
      before: { name: 'Invoices A' },
      after: { name: 'Invoices A, renamed' },
    });
  });

  it('records a new user without the password hash', async () => {
    const invited = await t.graphql<{ inviteMember: { code: string } }>(
      'mutation ($org: ID!) { inviteMember(input: {organizationId: $org, role: AUDITOR, email: "new.auditor@a.example", displayName: "New auditor"}) { code } }',
      { org: offices.organizationA },
      offices.users.adminA.token,
    );
    const accepted = await t.graphql(
      'mutation ($code: String!) { acceptInvitation(input: {code: $code, password: "a-long-password"}) { accessToken } }',
      { code: invited.data!.inviteMember.code },
    );
    expect(accepted.errors).toBeUndefined();
    const { rows } = await t.owner.query<{ after: Record<string, unknown> }>(
      "SELECT a.after FROM audit_log a JOIN app_user u ON u.id::text = a.entity_id WHERE a.entity = 'app_user' AND u.email = 'new.auditor@a.example'",
    );
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows[0].after)).not.toMatch(/scrypt|password/);
  });
});
