import { createMeasurementFixture, type MeasurementFixture, upload } from '../../helpers/measurement-fixture.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

const HEADER = 'case_ref,received_at,started_at,completed_at,handling_minutes,errors,rework,channel\n';
const row = (ref: string) => `${ref},2026-03-02T08:00:00+01:00,,2026-03-02T12:00:00+01:00,7.5,0,0,KSeF\n`;

describe('database trouble: connections ended by the server', () => {
  let t: TestApp;
  let f: MeasurementFixture;

  beforeAll(async () => {
    // Development: an unexpected error shows its message in a failed assertion.
    t = await startTestApp({ IMPORTS_PER_MINUTE: '1000', NODE_ENV: 'development' });
    f = await createMeasurementFixture(t, '1465031');
  });

  afterAll(async () => {
    await t.close();
  });

  /**
   * Ends every connection of this test's application (its pool and the time zone loader's), on
   * this test's database only: other test files' servers share the PostgreSQL and the name.
   */
  const terminateApplicationBackends = async () =>
    (
      await t.owner.query<{ ended: number }>(
        `SELECT count(pg_terminate_backend(pid))::int AS ended FROM pg_stat_activity
          WHERE application_name LIKE 'rpa-readiness%' AND datname = current_database() AND pid <> pg_backend_pid()`,
      )
    ).rows[0].ended;

  it('survives the time zone loader losing its idle connection, and imports again', async () => {
    const first = await upload(t, { periodId: await f.createPeriod() }, HEADER + row('SO.1'), f.owner.token);
    expect(first.status).toBe(200);
    const { rows } = await t.owner.query<{ count: number }>(
      "SELECT count(*)::int AS count FROM pg_stat_activity WHERE application_name = 'rpa-readiness time zones' AND datname = current_database()",
    );
    expect(rows[0].count).toBe(1);
    expect(await terminateApplicationBackends()).toBeGreaterThan(0);
    // The idle client's 'error' arrives shortly after; unhandled, it ended the process.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const second = await upload(t, { periodId: await f.createPeriod() }, HEADER + row('SO.2'), f.owner.token);
    expect(second.status).toBe(200);
  });

  it('answers requests caught by the termination in GraphQL form, and recovers at once', async () => {
    const read = () => t.graphql<{ processes: { totalCount: number } }>('{ processes { totalCount } }', {}, f.owner.token);
    const during = await Promise.all([
      ...Array.from({ length: 10 }, read),
      terminateApplicationBackends().then(() => null),
      ...Array.from({ length: 10 }, read),
    ]);
    for (const answer of during) {
      if (answer === null) continue;
      if (answer.errors) expect(answer.errors.map((error) => `${error.extensions.code}: ${error.message}`)).toEqual([expect.stringMatching(/^SERVICE_UNAVAILABLE: /)]);
      else expect(answer.data?.processes.totalCount).toBe(1);
    }
    const after = await read();
    expect(after.errors).toBeUndefined();
    expect(after.data?.processes.totalCount).toBe(1);
  });
});
