import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { TenantDatabase } from '../../../src/common/tenancy/tenant-database.service.js';
import { baselineFiguresFromRows } from '../../../src/measurements/baseline.calculator.js';
import type { BaselineFigures } from '../../../src/measurements/domain/baseline-figures.js';
import { MeasurementPeriodEntity } from '../../../src/measurements/measurement-period.entity.js';
import { ZoneOffsetsLoader } from '../../../src/measurements/zone-offsets.loader.js';
import { seededRandom } from '../../../src/statistics/index.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { createMeasurementFixture, type MeasurementFixture, upload } from '../../helpers/measurement-fixture.js';

/**
 * An import of case records sums up its period's baseline figures while its rows stream in
 * (CaseFiguresAccumulator, COPY in binary with instants computed from the office's time zone).
 * Here every figure it stored is compared with the SQL computation from the stored rows
 * (baselineFiguresFromRows), on generated files built to be awkward (office-local times across
 * clock changes, day-first dates, decimal commas, fractions of a second past the microsecond,
 * missing values, small samples, two time zones) and on the cases of every file in shared/data.
 */
const DATA = path.resolve('..', 'shared', 'data');
const HEADER = 'case_ref,received_at,started_at,completed_at,handling_minutes,errors,rework,channel';
const ZONES = ['Europe/Warsaw', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'America/Sao_Paulo'];

/** Every number of the figures, by its path, compared with a relative tolerance for sums of floats. */
function expectSameFigures(streamed: BaselineFigures, fromRows: BaselineFigures): void {
  const walk = (a: unknown, b: unknown, at: string): void => {
    if (typeof a === 'number' && typeof b === 'number') {
      if (a === b) return;
      // Means and deviations: a sum over a million floats in the database's own order may be
      // split across parallel workers; quantiles, counts and dates must be equal.
      expect({ at, relative: Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b)) < 1e-12 }).toEqual({ at, relative: true });
      return;
    }
    if (Array.isArray(a) && Array.isArray(b)) {
      expect({ at, length: a.length }).toEqual({ at, length: b.length });
      a.forEach((item, index) => walk(item, b[index], `${at}[${index}]`));
      return;
    }
    if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
      expect({ at, keys: Object.keys(a).sort() }).toEqual({ at, keys: Object.keys(b).sort() });
      for (const key of Object.keys(a)) walk((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${at}.${key}`);
      return;
    }
    expect({ at, value: a }).toEqual({ at, value: b });
  };
  walk(streamed, fromRows, 'figures');
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** An office clock reading as text, in one of the ways offices write them. */
function clockText(wall: Date, style: number, random: () => number): string {
  const [y, mo, d, h, mi, s] = [wall.getUTCFullYear(), pad(wall.getUTCMonth() + 1), pad(wall.getUTCDate()), pad(wall.getUTCHours()), pad(wall.getUTCMinutes()), pad(wall.getUTCSeconds())];
  switch (style) {
    case 0:
      return `${d}.${mo}.${y} ${h}:${mi}`;
    case 1:
      return `${y}-${mo}-${d}`;
    case 2:
      // Seven digits of a second: PostgreSQL rounds them to the microsecond.
      return `${y}-${mo}-${d}T${h}:${mi}:${s}.${String(Math.floor(random() * 1e7)).padStart(7, '0')}`;
    case 3:
      return `${y}-${mo}-${d}T${h}:${mi}:${s}+02:00`;
    default:
      return `${y}-${mo}-${d} ${h}:${mi}:${s}`;
  }
}

/**
 * Cases received around the clock changes of 2025 (spring and autumn, in both hemispheres) and
 * through the turn of the year, each field missing now and then.
 */
function awkwardCases(count: number, seed: number): string {
  const source = seededRandom(seed);
  const random = () => source.next();
  const anchors = [Date.UTC(2025, 2, 30, 1), Date.UTC(2025, 9, 26, 1), Date.UTC(2025, 3, 6, 1), Date.UTC(2025, 10, 2, 5), Date.UTC(2024, 11, 31, 22), Date.UTC(2025, 6, 15, 12)];
  const lines = [HEADER];
  for (let i = 0; i < count; i += 1) {
    const received = anchors[i % anchors.length] + Math.floor(random() * 4 * 3_600_000) - 7_200_000;
    // More than an hour apart: read as instants, a clock change cannot turn their order round.
    const started = received + 3_660_000 + Math.floor(random() * 3 * 3_600_000);
    const completed = started + 3_660_000 + Math.floor(random() * 50 * 3_600_000);
    const style = Math.floor(random() * 5);
    const missing = (share: number) => random() < share;
    const minutes = (random() * 90).toFixed(3 + (i % 2));
    lines.push(
      [
        `C-${i}`,
        missing(0.05) ? '' : clockText(new Date(received), style, random),
        missing(0.2) || style === 1 ? '' : clockText(new Date(started), style, random),
        missing(0.1) || style === 1 ? '' : clockText(new Date(completed), style, random),
        missing(0.1) ? '' : i % 3 === 0 ? `"${minutes.replace('.', ',')}"` : minutes,
        missing(0.3) ? '' : String(Math.floor(random() * 3)),
        missing(0.3) ? '' : String(random() < 0.2 ? 1 : 0),
        i % 4 === 0 ? '' : 'e-mail',
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

describe('baseline figures summed while an import streams', () => {
  let t: TestApp;
  let warsaw: MeasurementFixture;
  let newYork: MeasurementFixture;

  beforeAll(async () => {
    t = await startTestApp();
    warsaw = await createMeasurementFixture(t, '1465011');
    newYork = await createMeasurementFixture(t, '1261011');
    await t.owner.query("UPDATE organization SET time_zone = 'America/New_York' WHERE id = $1", [newYork.organizationId]);
  });

  afterAll(async () => {
    await t.close();
  });

  /** The figures the import stored, and those the SQL computes from the same stored rows. */
  async function importBoth(fixture: MeasurementFixture, body: string | Buffer, query: Record<string, string> = { format: 'csv' }) {
    const periodId = await fixture.createPeriod();
    const result = await upload(t, { periodId, ...query }, body, fixture.owner.token);
    expect(result.status).toBe(200);
    const { rows } = await t.owner.query<{ figures: BaselineFigures }>('SELECT figures FROM baseline_figures WHERE period_id = $1', [periodId]);
    const fromRows = await t.app.get(TenantDatabase).run({ organizationIds: [fixture.organizationId], userId: null }, async (manager) => {
      const period = await manager.findOneByOrFail(MeasurementPeriodEntity, { id: periodId });
      return baselineFiguresFromRows(manager, period);
    });
    return { periodId, streamed: rows[0].figures, fromRows: fromRows! };
  }

  it("turns office clock readings into the instants PostgreSQL stores, and instants into the office's clock, in five zones", async () => {
    const loader = t.app.get(ZoneOffsetsLoader);
    const walls: number[] = [];
    // Every 10 minutes across each change of 2024-2026, and the hours around 1 January.
    for (let day = Date.UTC(2024, 0, 1); day < Date.UTC(2027, 0, 1); day += 86_400_000) {
      const month = new Date(day).getUTCMonth();
      const date = new Date(day).getUTCDate();
      if (![2, 3, 8, 9, 10].includes(month) && !(month === 0 && date === 1)) continue;
      for (let minute = 0; minute < 24 * 60; minute += month === 0 ? 60 : 10) walls.push((day + minute * 60_000) * 1000);
    }
    // And Warsaw's own history: its mean time (+01:24) until 1915, wartime and post-war changes.
    for (let day = Date.UTC(1915, 7, 4); day < Date.UTC(1915, 7, 6); day += 600_000) walls.push(day * 1000);
    for (let day = Date.UTC(1946, 3, 13); day < Date.UTC(1946, 3, 15); day += 600_000) walls.push(day * 1000);
    const texts = walls.map((wall) => new Date(wall / 1000).toISOString().slice(0, 19).replace('T', ' '));
    const years = new Set(walls.map((wall) => new Date(wall / 1000).getUTCFullYear()));
    for (const zone of ZONES) {
      const offsets = await loader.offsets(zone, [...years].flatMap((year) => [year - 1, year, year + 1]));
      const client = await t.owner.connect();
      try {
        await client.query('BEGIN');
        await client.query("SELECT set_config('TimeZone', $1, true)", [zone]);
        const { rows } = await client.query<{ instant: string; wall: string }>(
          `SELECT (extract(epoch FROM x::timestamptz) * 1000000)::bigint::text AS instant,
                  (extract(epoch FROM (x::timestamptz AT TIME ZONE $2) - '1970-01-01'::timestamp) * 1000000)::bigint::text AS wall
             FROM unnest($1::text[]) WITH ORDINALITY AS u(x, n) ORDER BY n`,
          [texts, zone],
        );
        await client.query('COMMIT');
        const mismatches = walls.flatMap((wall, index) => {
          const instant = offsets.instantOf(wall);
          const expected = Number(rows[index].instant);
          const back = offsets.wallOf(expected);
          return instant === expected && back === Number(rows[index].wall) ? [] : [{ zone, text: texts[index], instant, expected, back, expectedWall: Number(rows[index].wall) }];
        });
        expect(mismatches.slice(0, 3)).toEqual([]);
      } finally {
        client.release();
      }
    }
  });

  it.each([
    ['300 awkward cases in Warsaw', () => warsaw, awkwardCases(300, 1)],
    ['300 awkward cases in New York', () => newYork, awkwardCases(300, 2)],
    ['20 cases: a small sample, bootstrapped from the values in file order', () => warsaw, awkwardCases(20, 3)],
    ['one case', () => warsaw, awkwardCases(1, 4)],
  ])('%s: the same figures as the SQL computes from the stored rows', async (_name, fixture, body) => {
    const { streamed, fromRows } = await importBoth(fixture(), body);
    expect(streamed.cases).toBe(fromRows.cases);
    expectSameFigures(streamed, fromRows);
  });

  it.each([
    ['Warsaw', () => warsaw],
    ['New York', () => newYork],
  ])("counts the cases dated outside the period in the office's days as the SQL does (%s)", async (_zone, fixture) => {
    const { organizationId, owner } = fixture();
    const periodId = await fixture().createPeriod();
    // Bounds on clock-change days: the period's midnights are the office's.
    await t.owner.query("UPDATE measurement_period SET starts_on = '2025-03-30', ends_on = '2025-10-26' WHERE id = $1", [periodId]);
    const body = awkwardCases(300, 5);
    const refused = await upload(t, { periodId, format: 'csv' }, body, owner.token);
    expect(refused.status).toBe(400);
    const kept = await upload(t, { periodId, format: 'csv', keepOutsidePeriod: 'true' }, body, owner.token);
    expect(kept.status).toBe(200);
    const client = await t.owner.connect();
    try {
      await client.query('BEGIN');
      await client.query("SELECT set_config('TimeZone', (SELECT time_zone FROM organization WHERE id = $1), true)", [organizationId]);
      const { rows } = await client.query<{ outside: number; first: string; last: string }>(
        `SELECT count(*)::int AS outside, to_char(min(at), 'YYYY-MM-DD') AS first, to_char(max(at), 'YYYY-MM-DD') AS last
           FROM (SELECT COALESCE(received_at, completed_at) AS at FROM case_record WHERE period_id = $1) c
          WHERE at < '2025-03-30'::date::timestamptz OR at >= ('2025-10-26'::date + 1)::timestamptz`,
        [periodId],
      );
      await client.query('COMMIT');
      const sentence = `${rows[0].outside} cases fall outside the period 2025-03-30 to 2025-10-26 (from ${rows[0].first} to ${rows[0].last})`;
      expect(rows[0].outside).toBeGreaterThan(0);
      expect(refused.body.errors![0].extensions.fields![0].message).toBe(sentence);
      expect((kept.body as { warnings?: string[] }).warnings).toContain(`${sentence}; kept as asked (keepOutsidePeriod)`);
    } finally {
      client.release();
    }
  });

  it("judges a case's order by its instants, and names the line and column of what is refused", async () => {
    const periodId = await warsaw.createPeriod();
    const body = [
      HEADER,
      // 10:00 at +01:00 is 09:00 UTC; 09:30 in Warsaw is 08:30 UTC: completed before received.
      'A,2026-03-02T10:00:00+01:00,,2026-03-02 09:30,,,,',
      // The night clocks go back: 02:50 is read as the later of its two instants (01:50 UTC), before 03:10 (02:10 UTC).
      'B,2025-10-26 02:50,,2025-10-26 03:10,,,,',
      'C,2026-03-02 09:15:5,,,,,,',
    ].join('\n');
    const refused = await upload(t, { periodId, format: 'csv' }, `${body}\n`, warsaw.owner.token);
    expect(refused.status).toBe(400);
    const fields = refused.body.errors![0].extensions.fields!;
    expect(fields.map((field) => [field.line, field.column])).toEqual([[4, 'received_at']]);
    const fixed = await upload(t, { periodId, format: 'csv' }, `${body.replace('09:15:5', '09:15:05')}\n`, warsaw.owner.token);
    expect(fixed.status).toBe(400);
    expect(fixed.body.errors![0].extensions.fields!.map((field) => [field.line, field.column, field.message])).toEqual([
      [2, 'completed_at', 'completed before it was received'],
    ]);
  });

  it('the cases of every file in shared/data, imported as case records: the same figures as the SQL', async () => {
    const files = (await import('node:fs/promises').then((fs) => fs.readdir(DATA))).filter((file) => /\.(csv|xes)$/.test(file));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      // The log's cases, derived by the event-log import, written out as a case file with
      // microsecond instants, then imported through the streaming path.
      const logPeriod = await warsaw.createPeriod();
      const logged = await upload(t, { periodId: logPeriod, format: file.endsWith('.xes') ? 'xes' : 'event-csv' }, await readFile(path.join(DATA, file)), warsaw.owner.token);
      expect(logged.status).toBe(200);
      const { rows } = await t.owner.query<{ csv: string }>(
        `SELECT concat_ws(',', '"' || replace(case_ref, '"', '""') || '"',
                  coalesce(to_char(received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), ''),
                  coalesce(to_char(started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), ''),
                  coalesce(to_char(completed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), ''),
                  coalesce(handling_minutes::text, ''), coalesce(errors::text, ''), coalesce(rework::text, ''), '') AS csv
           FROM case_record WHERE period_id = $1 ORDER BY line`,
        [logPeriod],
      );
      const body = `${HEADER}\n${rows.map((row) => row.csv).join('\n')}\n`;
      const { streamed, fromRows } = await importBoth(warsaw, body);
      expect({ file, cases: streamed.cases }).toEqual({ file, cases: rows.length });
      expectSameFigures(streamed, fromRows);
    }
  });
});
