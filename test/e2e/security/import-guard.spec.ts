import pg from 'pg';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { createTwoOffices, type TwoOffices } from '../../helpers/two-offices.js';

/**
 * The database itself keeps bulk imports inside the tenant boundary: the importer role cannot
 * name a row's organization, period or import, takes them from the transaction's settings, and
 * may only import into one of the transaction's organizations.
 */
describe('bulk import guard in the database', () => {
  let t: TestApp;
  let offices: TwoOffices;
  let client: pg.Client;
  let periodA: string;

  beforeAll(async () => {
    t = await startTestApp();
    offices = await createTwoOffices(t);
    const { rows } = await t.owner.query<{ id: string }>(
      `INSERT INTO measurement_period (organization_id, process_id, kind, label, starts_on, ends_on)
       VALUES ($1, $2, 'BASELINE', 'guard', '2025-01-01', '2025-12-31') RETURNING id`,
      [offices.organizationA, offices.processA],
    );
    periodA = rows[0].id;
    client = new pg.Client({ connectionString: t.appUrl });
    await client.connect();
  });

  afterAll(async () => {
    await client.end();
    await t.close();
  });

  /** Runs `work` as rpa_importer in a transaction scoped to office A, then rolls back. */
  async function asImporter(importInto: string | null, work: () => Promise<unknown>): Promise<unknown> {
    await client.query('BEGIN');
    try {
      await client.query("SELECT set_config('app.organization_ids', $1, true)", [`{${offices.organizationA}}`]);
      if (importInto) {
        await client.query(
          "SELECT set_config('app.import_organization_id', $1, true), set_config('app.import_period_id', $2, true), set_config('app.import_id', $3, true)",
          [importInto, periodA, '00000000-0000-4000-8000-000000000001'],
        );
      }
      await client.query('SET LOCAL ROLE rpa_importer');
      return await work();
    } finally {
      await client.query('ROLLBACK');
    }
  }

  it('imports rows into the transaction organization, with organization, period and import from the settings', async () => {
    const inserted = await asImporter(offices.organizationA, () =>
      client.query("INSERT INTO case_record (line, case_ref) VALUES (1, 'X-1'), (2, 'X-2')"),
    );
    expect((inserted as pg.QueryResult).rowCount).toBe(2);
  });

  it('refuses an import into an organization outside the transaction', async () => {
    await expect(asImporter(offices.organizationB, () => client.query("INSERT INTO case_record (line, case_ref) VALUES (1, 'X')"))).rejects.toThrow(
      /outside the organizations of this transaction/,
    );
  });

  it('refuses rows that name their own organization, and imports without a target', async () => {
    await expect(
      asImporter(offices.organizationA, () =>
        client.query('INSERT INTO case_record (organization_id, line, case_ref) VALUES ($1, 1, $2)', [offices.organizationB, 'X']),
      ),
    ).rejects.toThrow(/permission denied/);
    await expect(asImporter(null, () => client.query("INSERT INTO case_record (line, case_ref) VALUES (1, 'X')"))).rejects.toThrow(
      /null value in column "organization_id"/,
    );
    await expect(asImporter(offices.organizationA, () => client.query('SELECT count(*) FROM case_record'))).rejects.toThrow(/permission denied/);
  });
});
