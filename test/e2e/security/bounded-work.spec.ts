import http from 'node:http';
import { gzipSync } from 'node:zlib';
import { createMeasurementFixture, type MeasurementFixture, upload } from '../../helpers/measurement-fixture.js';
import { freePort } from '../../helpers/free-port.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

const HEADER = 'case_ref,received_at,started_at,completed_at,handling_minutes,errors,rework,channel\n';
const caseRow = (ref: string) => `${ref},2026-03-02T08:00:00+01:00,,2026-03-02T12:00:00+01:00,7.5,0,0,KSeF\n`;

interface ErrorBody {
  errors: { message: string; extensions: { code: string; fields?: { path: string }[] } }[];
}

const firstError = (text: string) => (JSON.parse(text) as ErrorBody).errors[0];

interface HttpAnswer {
  status: number;
  text: string;
  connection: string | undefined;
}

/**
 * An upload over a real connection whose body is sent by `send` (it may hold it open); resolves
 * with the answer as soon as it comes, whether or not the body was finished.
 */
function rawUpload(port: number, path: string, token: string | undefined, send: (request: http.ClientRequest) => void): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: '127.0.0.1', port, method: 'POST', path, headers: { 'content-type': 'text/csv', ...(token ? { authorization: `Bearer ${token}` } : {}) } },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text, connection: response.headers.connection }));
      },
    );
    // The server may close while the body is still being written: only the answer matters.
    request.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)));
    send(request);
  });
}

describe('bounded work for every upload', () => {
  let t: TestApp;
  let f: MeasurementFixture;
  let port: number;

  beforeAll(async () => {
    t = await startTestApp({ IMPORTS_PER_MINUTE: '1000', MAX_IMPORT_BYTES: '100000', MAX_IMPORT_ROWS: '500', UPLOAD_IDLE_MS: '1500' });
    f = await createMeasurementFixture(t, '1465021');
    port = await freePort();
    await t.app.listen({ port, host: '127.0.0.1' });
  });

  afterAll(async () => {
    await t.close();
  });

  const importsOf = async (periodId: string) =>
    Number((await t.owner.query<{ count: string }>('SELECT count(*) FROM measurement_import WHERE period_id = $1', [periodId])).rows[0].count);

  it('refuses a gzip body that inflates beyond MAX_IMPORT_BYTES, naming the limit, and writes nothing', async () => {
    const periodId = await f.createPeriod();
    // 130 kB of near-identical rows in a few kilobytes: refused as the bytes pass the limit.
    // Fewer rows than MAX_IMPORT_ROWS, so that the row limit cannot come first however far
    // the streams' buffers (64 KiB from Node 22 on) let the parser run ahead.
    const rows = Array.from({ length: 450 }, (_, i) => caseRow(`SO.${i}.${'X'.repeat(150)}`).replace('KSeF', 'K'.repeat(90))).join('');
    const bomb = gzipSync(HEADER + rows, { level: 9 });
    expect(bomb.length).toBeLessThan(10_000);
    const answer = await upload(t, { periodId }, bomb, f.owner.token);
    expect(answer.status).toBe(413);
    expect(answer.body.errors?.[0].extensions.code).toBe('FILE_TOO_LARGE');
    expect(answer.body.errors?.[0].message).toContain('larger than 100000 bytes once decompressed (MAX_IMPORT_BYTES)');
    expect(await importsOf(periodId)).toBe(0);
  });

  it('refuses a file with more rows than MAX_IMPORT_ROWS, naming the limit', async () => {
    const periodId = await f.createPeriod();
    const rows = Array.from({ length: 501 }, (_, i) => caseRow(`SO.${i}`)).join('');
    const answer = await upload(t, { periodId }, HEADER + rows, f.owner.token);
    expect(answer.status).toBe(413);
    expect(answer.body.errors?.[0].message).toContain('more than 500 data rows (MAX_IMPORT_ROWS)');
    expect(await importsOf(periodId)).toBe(0);
  });

  it('refuses a case record file that repeats a case, with both lines', async () => {
    const periodId = await f.createPeriod();
    const answer = await upload(t, { periodId }, HEADER + caseRow('SO.1') + caseRow('SO.2') + caseRow('SO.3') + caseRow('SO.1') + caseRow('SO.2'), f.owner.token);
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0].extensions.fields).toEqual([
      { path: 'line 5, case_ref', line: 5, column: 'case_ref', message: 'case "SO.1" is already on line 2; a case appears once in a file of case records' },
      { path: 'line 6, case_ref', line: 6, column: 'case_ref', message: 'case "SO.2" is already on line 3; a case appears once in a file of case records' },
    ]);
    expect(await importsOf(periodId)).toBe(0);
  });

  it('refuses one case repeated on the next rows while streaming, after ten of them', async () => {
    const periodId = await f.createPeriod();
    // The attack's shape: a compressed body of one row repeated (under the row limit here).
    const answer = await upload(t, { periodId }, gzipSync(HEADER + caseRow('same').repeat(400)), f.owner.token);
    expect(answer.status).toBe(400);
    const fields = answer.body.errors?.[0].extensions.fields ?? [];
    expect(fields).toHaveLength(10);
    expect(fields[0]).toEqual({ path: 'line 3, case_ref', line: 3, column: 'case_ref', message: 'case "same" is already on line 2; a case appears once in a file of case records' });
    expect(fields[9].line).toBe(12);
    expect(await importsOf(periodId)).toBe(0);
  });

  it('answers an upload without sign-in at once, without reading its body, and closes the connection', async () => {
    let written = 0;
    let hold: NodeJS.Timeout | undefined;
    const answer = await rawUpload(port, '/imports?periodId=00000000-0000-4000-8000-000000000000', undefined, (request) => {
      // A body that never ends: the answer must not wait for it.
      const trickle = () => {
        written += 1;
        request.write(caseRow(`SO.${written}`));
        hold = setTimeout(trickle, 200);
      };
      request.write(HEADER);
      trickle();
    });
    clearTimeout(hold);
    expect(answer.status).toBe(401);
    expect(answer.connection).toBe('close');
    expect(firstError(answer.text).extensions.code).toBe('UNAUTHENTICATED');
    expect(written).toBeLessThan(10);
  });

  it('stops an upload that stops sending (408, named), holding no database transaction meanwhile', async () => {
    const periodId = await f.createPeriod();
    let openTransactions = -1;
    const answer = await rawUpload(port, `/imports?periodId=${periodId}`, f.owner.token, (request) => {
      request.write(HEADER + caseRow('SO.1'));
      // Part of a file sent, then silence: the import has not taken a connection for it.
      setTimeout(() => {
        void t.owner
          .query<{ count: string }>("SELECT count(*) FROM pg_stat_activity WHERE state LIKE 'idle in transaction%' AND application_name = 'rpa-readiness' AND datname = current_database()")
          .then(({ rows }) => (openTransactions = Number(rows[0].count)));
      }, 500);
    });
    expect(answer.status).toBe(408);
    expect(firstError(answer.text).extensions.code).toBe('UPLOAD_TOO_SLOW');
    expect(firstError(answer.text).message).toContain('the upload sent nothing for 1.5 s');
    expect(openTransactions).toBe(0);
    expect(await importsOf(periodId)).toBe(0);
  });

  it("runs one import per user at once: a second one by the same owner is refused while the first streams", async () => {
    const periodId = await f.createPeriod();
    let first: http.ClientRequest | undefined;
    const firstAnswer = rawUpload(port, `/imports?periodId=${periodId}`, f.owner.token, (request) => {
      first = request;
      request.write(HEADER + caseRow('SO.1'));
    });
    // The first is admitted once its period has been read.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const second = await upload(t, { periodId }, HEADER + caseRow('SO.9'), f.owner.token);
    first!.end(caseRow('SO.2'));
    expect(second.status).toBe(429);
    expect(second.body.errors?.[0].message).toContain('an import of yours is still running (at most 1 at once per user, IMPORTS_AT_ONCE_PER_USER)');
    const done = await firstAnswer;
    expect(done.status).toBe(200);
    expect(JSON.parse(done.text)).toMatchObject({ rows: 2, cases: 2 });
  });

  it('refuses a repeated single-valued parameter with a 400 naming it, on uploads and reports', async () => {
    const periodId = await f.createPeriod();
    const repeatedEncoding = await t.app.inject({
      method: 'POST',
      url: `/imports?periodId=${periodId}&encoding=utf-8&encoding=cp1250`,
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${f.owner.token}` },
      payload: HEADER + caseRow('SO.1'),
    });
    expect(repeatedEncoding.statusCode).toBe(400);
    expect(repeatedEncoding.json()).toMatchObject({
      errors: [{ extensions: { code: 'BAD_USER_INPUT', fields: [{ path: 'encoding', message: 'the parameter encoding is given 2 times; give it once' }] } }],
    });
    const repeatedOrganization = await t.app.inject({
      method: 'GET',
      url: `/reports/ranking.csv?organizationId=${f.organizationId}&organizationId=${f.organizationId}`,
      headers: { authorization: `Bearer ${f.owner.token}` },
    });
    expect(repeatedOrganization.statusCode).toBe(400);
    expect(firstError(repeatedOrganization.body).extensions.fields?.[0].path).toBe('organizationId');
    expect(await importsOf(periodId)).toBe(0);
  });
});
