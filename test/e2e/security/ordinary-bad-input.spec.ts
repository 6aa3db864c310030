import { Role } from '../../../src/auth/domain/role.js';
import { createMeasurementFixture, type MeasurementFixture, upload } from '../../helpers/measurement-fixture.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { tenantDataFingerprint } from '../../helpers/two-offices.js';

const cursorOf = (parts: unknown[]) => Buffer.from(JSON.stringify(parts)).toString('base64url');

describe('ordinary bad input is the caller\'s mistake, never an internal error', () => {
  let t: TestApp;
  let f: MeasurementFixture;
  let periodId: string;
  let auditorToken: string;

  beforeAll(async () => {
    t = await startTestApp({ IMPORTS_PER_MINUTE: '1000' });
    f = await createMeasurementFixture(t, '1465011');
    periodId = await f.createPeriod();
    auditorToken = (await t.createUser([{ organizationId: f.organizationId, role: Role.AUDITOR }])).token;
  });

  afterAll(async () => {
    await t.close();
  });

  it('refuses a cursor whose key is not what the list is ordered by', async () => {
    for (const after of [
      cursorOf(['yesterday', '00000000-0000-4000-8000-000000000000']),
      cursorOf(['2026-02-30T00:00:00.000Z', '00000000-0000-4000-8000-000000000000']),
    ]) {
      const response = await t.graphql('query ($after: String) { claims(after: $after) { totalCount } }', { after }, auditorToken);
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'after' }] });
    }
    const names = await t.graphql('query ($after: String) { processes(after: $after) { totalCount } }', {
      after: cursorOf(['a\u0000', '00000000-0000-4000-8000-000000000000']),
    }, f.owner.token);
    expect(names.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'after' }] });
  });

  it('refuses dates that are not on the calendar', async () => {
    const response = await t.graphql(
      'mutation ($input: CreateMeasurementPeriodInput!) { createMeasurementPeriod(input: $input) { id } }',
      { input: { processId: f.processId, kind: 'BASELINE', label: 'Feb', startsOn: '2020-02-30', endsOn: '2021-02-29' } },
      f.owner.token,
    );
    expect(response.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].extensions.fields?.map((field) => field.path)).toEqual(['input.startsOn', 'input.endsOn']);
  });

  it('refuses a monthly file with the same month twice at the second line, writing nothing', async () => {
    const before = await tenantDataFingerprint(t);
    const result = await upload(t, { periodId, format: 'monthly-csv' }, 'month,cases\n2026-01,10\n2026-02,12\n2026-01,11\n', f.owner.token);
    expect(result.status).toBe(400);
    expect(result.body.errors?.[0].extensions.fields?.[0]).toMatchObject({ line: 4, column: 'month', message: '2026-01 is already on line 2' });
    expect(await tenantDataFingerprint(t)).toBe(before);
  });

  it('refuses NUL bytes in a file name and in CSV fields with a 400', async () => {
    const csv = 'case_ref,received_at,completed_at\nA,2026-03-02T08:00:00Z,2026-03-02T09:00:00Z\n';
    const named = await upload(t, { periodId, fileName: 'cases\u0000.csv' }, csv, f.owner.token);
    expect(named.status).toBe(400);
    expect(named.body.errors?.[0].extensions.fields?.[0]).toMatchObject({ path: 'fileName' });
    const field = await upload(t, { periodId }, csv.replace('A,', 'A\u0000,'), f.owner.token);
    expect(field.status).toBe(400);
    expect(field.body.errors?.[0].extensions.fields?.[0]).toMatchObject({ line: 2 });
  });
});
