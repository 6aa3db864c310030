import { gzipSync } from 'node:zlib';
import { Role } from '../../../src/auth/domain/role.js';
import { BASELINE_METHOD_VERSION } from '../../../src/measurements/domain/baseline-figures.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { createMeasurementFixture, type MeasurementFixture, upload } from '../../helpers/measurement-fixture.js';

const HEADER = 'case_ref,received_at,started_at,completed_at,handling_minutes,errors,rework,channel';

/** 40 cases: minutes 5..44 (mean 24.5), every 4th case has an error (10 of 40). */
function caseCsv(count = 40, dayOffset = 0): string {
  const lines = [HEADER];
  for (let i = 0; i < count; i += 1) {
    const day = String(1 + ((i + dayOffset) % 28)).padStart(2, '0');
    lines.push(
      [`INV-${dayOffset}-${i}`, `2026-03-${day}T08:00:00+01:00`, `2026-03-${day}T09:00:00+01:00`, `2026-03-${day}T12:00:00+01:00`, 5 + i, i % 4 === 0 ? 1 : 0, 0, 'KSeF'].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

describe('importing measurements', () => {
  let t: TestApp;
  let f: MeasurementFixture;

  beforeAll(async () => {
    t = await startTestApp();
    f = await createMeasurementFixture(t, '1465011');
  });

  afterAll(async () => {
    await t.close();
  });

  async function rowCounts(periodId: string): Promise<{ cases: number; imports: number }> {
    const { rows } = await t.owner.query<{ cases: number; imports: number }>(
      `SELECT (SELECT count(*)::int FROM case_record WHERE period_id = $1) AS cases,
              (SELECT count(*)::int FROM measurement_import WHERE period_id = $1) AS imports`,
      [periodId],
    );
    return rows[0];
  }

  const BASELINE_QUERY = `query ($process: ID!, $period: ID!) { baseline(processId: $process, periodId: $period) {
    grade cases coveredDays annualVolume months methodVersion flags
    touchTime { n mean sd median p90 ciLower ciUpper ciMethod unit }
    leadTime { n mean median unit } reactionTime { n mean }
    errorRate { n count rate ciLower ciUpper } reworkRate { n count rate }
    coverage { field share flagged } } }`;

  it('streams a case CSV into the period and serves its baseline figures', async () => {
    const periodId = await f.createPeriod();
    const result = await upload(t, { periodId, format: 'csv', fileName: 'invoices.csv' }, caseCsv(), f.owner.token);
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ rows: 40, cases: 40 });

    const baseline = await t.graphql<{ baseline: Record<string, unknown> & { touchTime: Record<string, number>; errorRate: Record<string, number> } }>(
      BASELINE_QUERY,
      { process: f.processId, period: periodId },
      f.owner.token,
    );
    const figures = baseline.data!.baseline;
    expect(figures).toMatchObject({ grade: 'CASE_SAMPLE', cases: 40, coveredDays: 28, months: 1, methodVersion: BASELINE_METHOD_VERSION, flags: [] });
    expect(figures.annualVolume).toBeCloseTo((40 * 365) / 28, 9);
    expect(figures.touchTime).toMatchObject({ n: 40, unit: 'MINUTES', ciMethod: 'T_INTERVAL', median: 24.5 });
    expect(figures.touchTime.mean).toBeCloseTo(24.5, 9);
    expect(figures.touchTime.sd).toBeCloseTo(Math.sqrt((40 * 41) / 12), 9);
    expect(figures.touchTime.p90).toBeCloseTo(5 + 0.9 * 39, 9);
    expect(figures.leadTime).toMatchObject({ n: 40, mean: 4, median: 4, unit: 'HOURS' });
    expect(figures.errorRate).toMatchObject({ n: 40, count: 10, rate: 0.25 });
    expect(figures.errorRate.ciLower).toBeLessThan(0.25);
    expect(figures.errorRate.ciUpper).toBeGreaterThan(0.25);
  });

  it('refuses the same file twice, and replaces the earlier import when asked', async () => {
    const periodId = await f.createPeriod();
    const first = await upload(t, { periodId }, caseCsv(), f.owner.token);
    const again = await upload(t, { periodId }, caseCsv(), f.owner.token);
    expect(again.status).toBe(409);
    expect(again.body.errors?.[0].extensions.code).toBe('CONFLICT');
    expect(await rowCounts(periodId)).toEqual({ cases: 40, imports: 1 });

    const replaced = await upload(t, { periodId, replace: 'true' }, caseCsv(), f.owner.token);
    expect(replaced.status).toBe(200);
    expect(replaced.body.replacedImportId).toBe(first.body.importId);
    expect(await rowCounts(periodId)).toEqual({ cases: 40, imports: 1 });

    const other = await upload(t, { periodId }, caseCsv(40, 1), f.owner.token);
    expect(other.status).toBe(200);
    expect(await rowCounts(periodId)).toEqual({ cases: 80, imports: 2 });
  });

  it('reads gzip-compressed uploads', async () => {
    const periodId = await f.createPeriod();
    const result = await upload(t, { periodId }, gzipSync(caseCsv()), f.owner.token);
    expect(result.status).toBe(200);
    expect(result.body.rows).toBe(40);
  });

  it.each([
    // lines[i] is line i + 1 of the file (lines[0] is the header).
    ['a bad date', (csv: string[]) => (csv[5] = csv[5].replace('2026-03-05T08:00:00+01:00', '2026-13-05')), 6, 'received_at', /not a date-time/],
    ['negative minutes', (csv: string[]) => (csv[7] = csv[7].replace(',11,', ',-3,')), 8, 'handling_minutes', /between 0 and/],
    ['completion before receipt', (csv: string[]) => (csv[3] = csv[3].replace('2026-03-03T12:00:00+01:00', '2026-03-02T12:00:00+01:00')), 4, 'completed_at', /completed before/],
    ['an unknown column', (csv: string[]) => (csv[0] = `${csv[0]},colour`), 1, 'colour', /unknown column/],
    ['a missing case reference', (csv: string[]) => (csv[9] = csv[9].replace(/^[^,]+/, '')), 10, 'case_ref', /required/],
    ['a row with too many fields', (csv: string[]) => (csv[4] = `${csv[4]},extra`), 5, '(row)', /malformed CSV/],
  ])('refuses a file with %s, naming the line and column, and writes nothing', async (_label, corrupt, line, column, message) => {
    const periodId = await f.createPeriod();
    const lines = caseCsv().trimEnd().split('\n');
    corrupt(lines);
    const result = await upload(t, { periodId }, `${lines.join('\n')}\n`, f.owner.token);
    expect(result.status).toBe(400);
    const field = result.body.errors?.[0].extensions.fields?.[0];
    expect(field).toMatchObject({ line, column });
    expect(field?.message).toMatch(message);
    expect(await rowCounts(periodId)).toEqual({ cases: 0, imports: 0 });
  });

  it('reports up to ten bad rows at once', async () => {
    const periodId = await f.createPeriod();
    const lines = caseCsv().trimEnd().split('\n').map((line, index) => (index > 0 && index % 2 === 0 ? line.replace(/,(\d+),(\d),0,KSeF$/, ',-1,$2,0,KSeF') : line));
    const result = await upload(t, { periodId }, `${lines.join('\n')}\n`, f.owner.token);
    expect(result.body.errors?.[0].extensions.fields?.map((field) => field.line)).toEqual([3, 5, 7, 9, 11, 13, 15, 17, 19, 21]);
  });

  it('refuses a broken XES file with the element position, and reads a gzip one', async () => {
    const periodId = await f.createPeriod();
    const broken = `<?xml version="1.0"?>\n<log>\n<trace><string key="concept:name" value="1"/>\n<event><string key="concept:name" value="A"/></event>\n</trace>\n</log>\n`;
    const refused = await upload(t, { periodId, format: 'xes' }, broken, f.owner.token);
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0].extensions.fields?.[0]).toMatchObject({ line: 4 });
    expect(refused.body.errors?.[0].extensions.fields?.[0].message).toMatch(/time:timestamp/);
    expect(await rowCounts(periodId)).toEqual({ cases: 0, imports: 0 });

    const good = broken.replace('value="A"/>', 'value="A"/><date key="time:timestamp" value="2026-01-05T10:00:00+01:00"/>');
    const accepted = await upload(t, { periodId, format: 'xes' }, gzipSync(good), f.owner.token);
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ rows: 1, cases: 1 });
  });

  it('maps differently named columns', async () => {
    const periodId = await f.createPeriod();
    const csv = caseCsv().replace(HEADER, HEADER.replace('case_ref', 'numer').replace('handling_minutes', 'minuty'));
    const result = await upload(t, { periodId, map: 'numer=case_ref,minuty=handling_minutes' }, csv, f.owner.token);
    expect(result.status).toBe(200);
  });

  it('takes monthly totals through GraphQL and uses months as samples', async () => {
    const periodId = await f.createPeriod();
    const months = Array.from({ length: 12 }, (_, i) => ({
      month: `2025-${String(i + 1).padStart(2, '0')}`,
      cases: 1500 + i * 10,
      handlingMinutes: (1500 + i * 10) * 9,
      casesWithErrors: 60,
    }));
    const imported = await t.graphql<{ importMonthlyTotals: { rows: number; grade: string } }>(
      'mutation ($input: ImportMonthlyTotalsInput!) { importMonthlyTotals(input: $input) { rows grade } }',
      { input: { periodId, months } },
      f.owner.token,
    );
    expect(imported.data?.importMonthlyTotals).toEqual({ rows: 12, grade: 'MONTHLY_TOTALS' });
    const baseline = await t.graphql<{ baseline: { grade: string; cases: number; months: number; coveredDays: number; touchTime: { mean: number; ciMethod: string } } }>(
      BASELINE_QUERY,
      { process: f.processId, period: periodId },
      f.owner.token,
    );
    const cases = months.reduce((sum, month) => sum + month.cases, 0);
    expect(baseline.data?.baseline).toMatchObject({ grade: 'MONTHLY_TOTALS', cases, months: 12, coveredDays: 365 });
    expect(baseline.data?.baseline.touchTime).toMatchObject({ mean: 9, ciMethod: 'BOOTSTRAP' });

    const overlapping = await t.graphql(
      'mutation ($input: ImportMonthlyTotalsInput!) { importMonthlyTotals(input: $input) { rows } }',
      { input: { periodId, months: [{ month: '2025-03', cases: 5 }] } },
      f.owner.token,
    );
    expect(overlapping.errors?.[0].extensions.code).toBe('CONFLICT');

    const series = await t.graphql<{ process: { periods: { id: string; monthlyTotals: unknown[] }[] } }>(
      'query ($id: ID!) { process(id: $id) { periods { id monthlyTotals { month cases handlingMinutes casesWithErrors } } } }',
      { id: f.processId },
      f.owner.token,
    );
    const period = series.data?.process.periods.find((candidate) => candidate.id === periodId);
    expect(period?.monthlyTotals).toEqual(months.map((month) => ({ ...month, month: `${month.month}-01` })));
  });

  it('refuses a GraphQL batch with one bad item, naming the item', async () => {
    const periodId = await f.createPeriod();
    const response = await t.graphql(
      'mutation ($input: ImportCaseRecordsInput!) { importCaseRecords(input: $input) { rows } }',
      {
        input: {
          periodId,
          records: [
            { caseRef: 'A', handlingMinutes: 5 },
            { caseRef: 'B', handlingMinutes: -5 },
          ],
        },
      },
      f.owner.token,
    );
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ line: 2, column: 'handlingMinutes' }] });
    expect(await rowCounts(periodId)).toEqual({ cases: 0, imports: 0 });
  });

  it('lets only the process owner import, and hides other offices', async () => {
    const periodId = await f.createPeriod();
    const manager = await t.createUser([{ organizationId: f.organizationId, role: Role.MANAGER }]);
    const otherOffice = await createMeasurementFixture(t, '1261011');
    expect((await upload(t, { periodId }, caseCsv(), manager.token)).status).toBe(403);
    expect((await upload(t, { periodId }, caseCsv(), otherOffice.owner.token)).status).toBe(404);
    expect((await upload(t, { periodId }, caseCsv(), undefined)).status).toBe(401);
    expect(await rowCounts(periodId)).toEqual({ cases: 0, imports: 0 });
  });

  it('records each import in the audit trail with the file hash', async () => {
    const periodId = await f.createPeriod();
    const result = await upload(t, { periodId }, caseCsv(), f.owner.token);
    const { rows } = await t.owner.query<{ file_hash: string; actor_user_id: string }>(
      "SELECT file_hash, actor_user_id FROM audit_log WHERE action = 'IMPORT' AND entity_id = $1",
      [result.body.importId],
    );
    expect(rows).toEqual([{ file_hash: result.body.contentHash, actor_user_id: f.owner.id }]);
  });
});
