import { startTestApp, type TestApp } from '../../helpers/test-app.js';

/** Derived from the catalogue: a new tenant table without row-level security fails here. */
describe('every table holding organization data', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  it('has row-level security enabled and a policy, and the application role cannot bypass it', async () => {
    const { rows } = await t.owner.query<{ table: string; rls: boolean; policies: number }>(
      `SELECT c.relname AS table, c.relrowsecurity AS rls,
              (SELECT count(*)::int FROM pg_policy p WHERE p.polrelid = c.oid) AS policies
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
          AND (EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'organization_id' AND NOT a.attisdropped)
               OR c.relname = 'organization')
        ORDER BY c.relname`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(15);
    expect(rows.filter((row) => !row.rls || row.policies === 0).map((row) => row.table)).toEqual([]);
    const { rows: roles } = await t.owner.query<{ rolbypassrls: boolean; rolsuper: boolean }>("SELECT rolbypassrls, rolsuper FROM pg_roles WHERE rolname = 'rpa_app'");
    expect(roles).toEqual([{ rolbypassrls: false, rolsuper: false }]);
  });
});
