import fc from 'fast-check';
import { gzipSync } from 'node:zlib';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { createMeasurementFixture, type MeasurementFixture, upload } from '../../helpers/measurement-fixture.js';
import { tenantDataFingerprint } from '../../helpers/two-offices.js';

const HEADER = 'case_ref,received_at,started_at,completed_at,handling_minutes,errors,rework,channel';
const VALID_ROW = ['INV-1', '2026-03-02T08:00:00+01:00', '2026-03-02T09:00:00+01:00', '2026-03-02T12:00:00+01:00', '7.5', '0', '0', 'KSeF'];

/** Values no field of a case record accepts (the case reference aside, which takes any text). */
const hostileValue = fc.oneof(
  fc.constantFrom('-1', '1e400', 'NaN', '2026-02-30', '2026-13-01T00:00', '24:00', '1.5.2', '"', 'yesterday'),
  fc.string({ minLength: 1, maxLength: 12 }).filter((text) => !/^\s*[\d.:T+-]*\s*$/.test(text)),
);

describe('random malformed import files (property-based)', () => {
  let t: TestApp;
  let f: MeasurementFixture;
  let periodId: string;

  beforeAll(async () => {
    t = await startTestApp({ IMPORTS_PER_MINUTE: '1000' });
    f = await createMeasurementFixture(t, '1465011');
    periodId = await f.createPeriod();
  });

  afterAll(async () => {
    await t.close();
  });

  it('refuses every file with a corrupted field and writes nothing', async () => {
    const file = fc
      .record({
        rows: fc.integer({ min: 1, max: 30 }),
        badRow: fc.nat(),
        badField: fc.integer({ min: 1, max: 6 }),
        value: hostileValue,
      })
      .map(({ rows, badRow, badField, value }) => {
        const lines = Array.from({ length: rows }, (_, i) => {
          const row = [...VALID_ROW];
          row[0] = `INV-${i}`;
          if (i === badRow % rows) row[badField] = `"${value.replace(/"/g, '""')}"`;
          return row.join(',');
        });
        return `${HEADER}\n${lines.join('\n')}\n`;
      });
    await fc.assert(
      fc.asyncProperty(file, async (csv) => {
        const before = await tenantDataFingerprint(t);
        const result = await upload(t, { periodId }, csv, f.owner.token);
        expect(result.status).toBe(400);
        expect(result.body.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
        expect(result.body.errors?.[0].extensions.fields?.[0].line).toBeGreaterThan(1);
        expect(await tenantDataFingerprint(t)).toBe(before);
      }),
      { numRuns: 50, seed: 20261125 },
    );
  });

  it('refuses random bytes and truncated XES without writing anything', async () => {
    const bytes = fc.uint8Array({ minLength: 1, maxLength: 2000 });
    await fc.assert(
      fc.asyncProperty(bytes, fc.constantFrom('csv', 'xes', 'event-csv', 'monthly-csv'), async (body, format) => {
        const before = await tenantDataFingerprint(t);
        const result = await upload(t, { periodId, format }, Buffer.from(body), f.owner.token);
        expect(result.status).toBe(400);
        expect(await tenantDataFingerprint(t)).toBe(before);
      }),
      { numRuns: 40, seed: 20261126 },
    );
  });

  it('refuses damaged gzip of every kind in every format, stays up, and writes nothing', async () => {
    const valid = gzipSync(`${HEADER}\n${VALID_ROW.join(',')}\n`);
    const damaged = fc.oneof(
      // Random bytes after the gzip magic.
      fc.uint8Array({ maxLength: 2000 }).map((bytes) => Buffer.concat([Buffer.from([0x1f, 0x8b]), bytes])),
      // A good gzip file cut short.
      fc.integer({ min: 2, max: valid.length - 1 }).map((length) => valid.subarray(0, length)),
      // A good gzip file with junk after its end.
      fc.uint8Array({ minLength: 1, maxLength: 200 }).map((bytes) => Buffer.concat([valid, bytes])),
      // A cut gzip file compressed again, and a gzip file inside a gzip file.
      fc.integer({ min: 2, max: valid.length - 1 }).map((length) => gzipSync(valid.subarray(0, length))),
      fc.constant(gzipSync(valid)),
    );
    await fc.assert(
      fc.asyncProperty(damaged, fc.constantFrom('csv', 'xes', 'event-csv', 'monthly-csv'), async (body, format) => {
        const before = await tenantDataFingerprint(t);
        const result = await upload(t, { periodId, format }, body, f.owner.token);
        expect(result.status).toBe(400);
        expect(result.body.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
        expect((await t.app.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);
        expect(await tenantDataFingerprint(t)).toBe(before);
      }),
      { numRuns: 60, seed: 20261202 },
    );
  });

  it('says a truncated compressed file is damaged, not that its content is malformed', async () => {
    const valid = gzipSync(`${HEADER}\n${VALID_ROW.join(',')}\n`);
    const result = await upload(t, { periodId }, valid.subarray(0, valid.length - 4), f.owner.token);
    expect(result.status).toBe(400);
    expect(result.body.errors?.[0].extensions.fields?.[0]).toMatchObject({ path: 'file' });
    expect(result.body.errors?.[0].message).toMatch(/cannot be decompressed: it is damaged or truncated/);
  });
});
