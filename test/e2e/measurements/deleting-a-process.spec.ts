import { createMeasurementFixture, type MeasurementFixture, upload } from '../../helpers/measurement-fixture.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

describe('deleting a process', () => {
  let t: TestApp;
  let f: MeasurementFixture;

  beforeAll(async () => {
    t = await startTestApp({ IMPORTS_PER_MINUTE: '1000' });
    f = await createMeasurementFixture(t, '1465011');
  });

  afterAll(async () => {
    await t.close();
  });

  /** Rows naming the process or one of its periods, in every table that has such a column (from the catalogue). */
  async function remainingRows(processId: string, periodIds: string[]): Promise<Record<string, number>> {
    const { rows: columns } = await t.owner.query<{ table_name: string; column_name: string }>(
      `SELECT table_name, column_name FROM information_schema.columns
        WHERE table_schema = 'public' AND column_name IN ('process_id', 'period_id')
          AND table_name IN (SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE')`,
    );
    expect(columns.map((column) => column.table_name)).toEqual(expect.arrayContaining(['case_record', 'log_event', 'monthly_total', 'baseline_figures', 'candidate_score']));
    const remaining: Record<string, number> = {};
    for (const { table_name: table, column_name: column } of columns) {
      const ids = column === 'process_id' ? [processId] : periodIds;
      const { rows } = await t.owner.query<{ count: number }>(`SELECT count(*)::int AS count FROM ${table} WHERE ${column} = ANY ($1::uuid[])`, [ids]);
      if (rows[0].count > 0) remaining[`${table}.${column}`] = rows[0].count;
    }
    return remaining;
  }

  it('leaves nothing of it in any table: periods, imports, case records, events, monthly totals, baselines, scores', async () => {
    const periods = [await f.createPeriod(), await f.createPeriod(), await f.createPeriod()];
    const imported = [
      await upload(t, { periodId: periods[0] }, 'case_ref,received_at,completed_at\nA,2026-03-02T08:00:00Z,2026-03-02T09:00:00Z\n', f.owner.token),
      await upload(t, { periodId: periods[1], format: 'monthly-csv' }, 'month,cases\n2026-01,10\n2026-02,12\n', f.owner.token),
      await upload(t, { periodId: periods[2], format: 'event-csv' }, 'case_ref,activity,occurred_at\nA,Register,2026-03-02T08:00:00Z\nA,Decide,2026-03-02T09:00:00Z\n', f.owner.token),
    ];
    expect(imported.map((result) => result.status)).toEqual([200, 200, 200]);
    expect(Object.keys(await remainingRows(f.processId, periods)).length).toBeGreaterThan(5);

    const { rows } = await t.owner.query<{ version: number }>('SELECT version FROM process WHERE id = $1', [f.processId]);
    const deleted = await t.graphql('mutation ($id: ID!, $version: Int!) { deleteProcess(id: $id, version: $version) { id } }', { id: f.processId, version: rows[0].version }, f.owner.token);
    expect(deleted.errors).toBeUndefined();
    expect(await remainingRows(f.processId, periods)).toEqual({});
  });
});
