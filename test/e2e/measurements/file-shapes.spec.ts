import { createMeasurementFixture, type MeasurementFixture, upload } from '../../helpers/measurement-fixture.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

/** An event log as pm4py, ProM or Celonis export it: XES attribute names as columns. */
const PROCESS_MINING_CSV = `case:concept:name,concept:name,time:timestamp,lifecycle:transition,org:resource,case:channel
C1,Register,2025-03-03T08:00:00,start,anna,web
C1,Register,2025-03-03T08:10:00,complete,anna,web
C1,Decide,2025-03-04T09:00:00,start,jan,web
C1,Decide,2025-03-04T09:30:00,complete,jan,web
`;

describe('files as offices export them, Polish ones included', () => {
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

  /** What a spreadsheet set to Polish saves as CSV: semicolons, decimal commas, day-first dates, Windows-1250. */
  const POLISH = [
    'case_ref;received_at;completed_at;handling_minutes;channel',
    'SO.1;04.03.2025 10:15;04.03.2025 12:15;12,5;Wydział Komunikacji',
    'SO.2;05.03.2025 08:00;06.03.2025 08:00;7,5;Biuro Obsługi Mieszkańców — ePUAP',
  ].join('\r\n');
  const WINDOWS_1250: Record<string, number> = { ą: 0xb9, ć: 0xe6, ę: 0xea, ł: 0xb3, ń: 0xf1, ó: 0xf3, ś: 0x9c, ź: 0x9f, ż: 0xbf, '—': 0x97 };
  const asWindows1250 = (text: string) => Buffer.from([...text].map((char) => WINDOWS_1250[char] ?? char.charCodeAt(0)));

  async function importAndRead(body: string | Buffer, query: Record<string, string> = {}) {
    const periodId = await f.createPeriod();
    const result = await upload(t, { periodId, ...query }, body, f.owner.token);
    const baseline = await t.graphql<{ baseline: { cases: number; touchTime: { mean: number }; leadTime: { median: number }; firstReceivedAt: string } | null }>(
      'query ($p: ID!, $period: ID!) { baseline(processId: $p, periodId: $period) { cases touchTime { mean } leadTime { median } firstReceivedAt } }',
      { p: f.processId, period: periodId },
      f.owner.token,
    );
    const { rows } = await t.owner.query<{ channel: string }>('SELECT channel FROM case_record WHERE period_id = $1 ORDER BY line', [periodId]);
    return { result, baseline: baseline.data?.baseline, channels: rows.map((row) => row.channel) };
  }

  it.each([
    ['UTF-8', (text: string) => Buffer.from(text, 'utf8'), []],
    ['Windows-1250', asWindows1250, [expect.stringMatching(/read as Windows-1250/)]],
  ])('reads semicolons, decimal commas and day-first dates, in %s, with every Polish letter intact', async (_name, encode, warnings) => {
    const { result, baseline, channels } = await importAndRead(encode(POLISH));
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ rows: 2, format: 'csv', warnings });
    expect(channels).toEqual(['Wydział Komunikacji', 'Biuro Obsługi Mieszkańców — ePUAP']);
    // 12.5 and 7.5 minutes; lead times 2 h and 24 h; 10:15 in Warsaw (CET) is 09:15 UTC.
    expect(baseline).toMatchObject({ cases: 2, touchTime: { mean: 10 }, firstReceivedAt: '2025-03-04T09:15:00.000Z' });
  });

  it('never replaces characters: bytes that fit no encoding after UTF-8 text are refused with their line', async () => {
    const mixed = Buffer.concat([Buffer.from(`${POLISH.split('\r\n').slice(0, 2).join('\r\n')}\r\n`, 'utf8'), asWindows1250('SO.3;05.03.2025;;1;Urząd\r\n')]);
    const { result } = await importAndRead(mixed);
    expect(result.status).toBe(400);
    expect(result.body.errors?.[0].extensions.fields?.[0]).toMatchObject({ line: 3 });
    expect(result.body.errors?.[0].message).toMatch(/not UTF-8 text after UTF-8 text/);
  });

  it('rewrites values for storage even in files whose rows could go to the database as written', async () => {
    // Every column of the format, in order, comma-separated: the fast path that passes records through.
    const cases = await importAndRead(
      'case_ref,received_at,started_at,completed_at,handling_minutes,errors,rework,channel\nSO.9,04.03.2025,04.03.2025,05.03.2025,5,0,0,web\n',
    );
    expect(cases.result.status).toBe(200);
    expect(cases.baseline).toMatchObject({ cases: 1, firstReceivedAt: '2025-03-03T23:00:00.000Z' });
    // A month as 2025-03 is stored as its first day (this shape was answered with a 500).
    const periodId = await f.createPeriod();
    const months = await upload(t, { periodId, format: 'monthly-csv' }, 'month,cases,handling_minutes,cases_with_errors\n2025-03,10,100,1\n2025-04,12,120,2\n', f.owner.token);
    expect(months.status).toBe(200);
    expect(months.body).toMatchObject({ rows: 2 });
  });

  it('takes a declared delimiter and encoding, and day-first dates through GraphQL batches too', async () => {
    const { result, channels } = await importAndRead(asWindows1250(POLISH), { delimiter: ';', encoding: 'windows-1250' });
    expect(result.status).toBe(200);
    expect((result.body as { warnings: string[] }).warnings).toEqual([]);
    expect(channels[0]).toBe('Wydział Komunikacji');
    const periodId = await f.createPeriod();
    const batch = await t.graphql<{ importCaseRecords: { rows: number } }>(
      'mutation ($input: ImportCaseRecordsInput!) { importCaseRecords(input: $input) { rows } }',
      { input: { periodId, records: [{ caseRef: 'G-1', receivedAt: '04.03.2025 10:15', completedAt: '04.03.2025 11:15', handlingMinutes: 5 }] } },
      f.owner.token,
    );
    expect(batch.errors).toBeUndefined();
    const { rows } = await t.owner.query<{ received: string }>("SELECT to_char(received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') AS received FROM case_record WHERE period_id = $1", [periodId]);
    expect(rows).toEqual([{ received: '2025-03-04 09:15' }]);
  });
});
