import { createMeasurementFixture, type MeasurementFixture, upload } from '../../helpers/measurement-fixture.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

/** An event log as pm4py, ProM or Celonis export it: XES attribute names as columns. */
const PROCESS_MINING_CSV = `case:concept:name,concept:name,time:timestamp,lifecycle:transition,org:resource,case:channel
C1,Register,2025-03-03T08:00:00,start,anna,web
C1,Register,2025-03-03T08:10:00,complete,anna,web
C1,Decide,2025-03-04T09:00:00,start,jan,web
C1,Decide,2025-03-04T09:30:00,complete,jan,web
`;

describe('files as offices export them', () => {
  let t: TestApp;
  let f: MeasurementFixture;

  beforeAll(async () => {
    t = await startTestApp({ IMPORTS_PER_MINUTE: '1000' });
    f = await createMeasurementFixture(t, '1465011');
  });

  afterAll(async () => {
    await t.close();
  });

  async function period(startsOn: string, endsOn: string): Promise<string> {
    const response = await t.graphql<{ createMeasurementPeriod: { id: string } }>(
      'mutation ($input: CreateMeasurementPeriodInput!) { createMeasurementPeriod(input: $input) { id } }',
      { input: { processId: f.processId, kind: 'BASELINE', label: `${startsOn} ${Math.random()}`, startsOn, endsOn } },
      f.owner.token,
    );
    return response.data!.createMeasurementPeriod.id;
  }

  it('reads a standard process-mining CSV sent without a format or a single mapping, as an event log', async () => {
    const periodId = await period('2025-01-01', '2025-12-31');
    const result = await upload(t, { periodId }, PROCESS_MINING_CSV, f.owner.token);
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ rows: 4, cases: 1, format: 'event-csv', warnings: [] });
    const baseline = await t.graphql<{ baseline: { touchTime: { n: number; mean: number } } }>(
      'query ($p: ID!, $period: ID!) { baseline(processId: $p, periodId: $period) { touchTime { n mean } } }',
      { p: f.processId, period: periodId },
      f.owner.token,
    );
    // 10 + 30 minutes of start-to-complete work: the lifecycle column was read.
    expect(baseline.data?.baseline.touchTime).toEqual({ n: 1, mean: 40 });
  });

  it('suggests the likely column when a required one is missing', async () => {
    const periodId = await period('2025-01-01', '2025-12-31');
    const csv = 'Sprawa,Czynnosc,Data zdarzenia\nC1,Register,2025-03-03T08:00:00\n';
    const result = await upload(t, { periodId, format: 'event-csv' }, csv, f.owner.token);
    expect(result.status).toBe(400);
    expect(result.body.errors?.[0].message).toMatch(/required column "case_ref" is missing from the header; is it "Sprawa"\? map it with Sprawa=case_ref/);
  });

  it('warns when a lifecycle column is left unread, and says which figures that changes', async () => {
    const periodId = await period('2025-01-01', '2025-12-31');
    const csv = 'case,activity,timestamp,transition\nC1,Register,2025-03-03T08:00:00,start\nC1,Register,2025-03-03T08:10:00,complete\n';
    const result = await upload(t, { periodId }, csv, f.owner.token);
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ format: 'event-csv' });
    expect((result.body as { warnings: string[] }).warnings).toEqual([
      expect.stringMatching(/^column "transition" looks like a lifecycle transition but is not read: touch time .* map it with transition=lifecycle$/),
    ]);
  });

  it('refuses cases and events outside the period, and keeps them only when asked, with a warning', async () => {
    const periodId = await period('2025-03-01', '2025-03-03');
    const refused = await upload(t, { periodId }, PROCESS_MINING_CSV, f.owner.token);
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0].message).toMatch(/2 events fall outside the period 2025-03-01 to 2025-03-03 \(from 2025-03-04 to 2025-03-04\)/);
    expect(refused.body.errors?.[0].extensions.fields?.[0].path).toBe('keepOutsidePeriod');
    const cases = await upload(t, { periodId }, 'case_ref,received_at\nA,2025-02-28T23:30:00\nB,2025-03-03T23:30:00\n', f.owner.token);
    // 23:30 on 28 February in Warsaw is before the period; 23:30 on 3 March is its last evening.
    expect(cases.body.errors?.[0].message).toMatch(/1 cases fall outside the period/);
    const kept = await upload(t, { periodId, keepOutsidePeriod: 'true' }, PROCESS_MINING_CSV, f.owner.token);
    expect(kept.status).toBe(200);
    expect((kept.body as { warnings: string[] }).warnings).toEqual([expect.stringMatching(/2 events fall outside the period .*; kept as asked/)]);
  });
});
