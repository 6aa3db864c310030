import http from 'node:http';
import { createMeasurementFixture, type MeasurementFixture } from '../../helpers/measurement-fixture.js';
import { freePort } from '../../helpers/free-port.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

/** Over a real connection (inject has none): an upload refused early still gets its answer. */
describe('an upload refused before its end', () => {
  let t: TestApp;
  let f: MeasurementFixture;
  let port: number;

  beforeAll(async () => {
    t = await startTestApp({ IMPORTS_PER_MINUTE: '1000' });
    f = await createMeasurementFixture(t, '1465011');
    port = await freePort();
    await t.app.listen({ port, host: '127.0.0.1' });
  });

  afterAll(async () => {
    await t.close();
  });

  it('drains the rest of the body, answers 400 with the reason, and keeps the connection', async () => {
    const periodId = await f.createPeriod();
    const row = 'C1,2026-03-02T08:00:00+01:00,,2026-03-02T12:00:00+01:00,7.5,0,0,KSeF';
    // A quote opened on line 2 and never closed: refused after 1 MiB of the 6 MB body.
    const body = `case_ref,received_at,started_at,completed_at,handling_minutes,errors,rework,channel\n"${`${row}\n`.repeat(90_000)}`;
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const send = (payload: string | Buffer) =>
      new Promise<{ status: number; text: string; reusedConnection: boolean }>((resolve, reject) => {
        const request = http.request(
          { host: '127.0.0.1', port, method: 'POST', path: `/imports?periodId=${periodId}`, headers: { authorization: `Bearer ${f.owner.token}` }, agent },
          (response) => {
            let text = '';
            response.on('data', (chunk: Buffer) => (text += chunk.toString()));
            response.on('end', () => resolve({ status: response.statusCode ?? 0, text, reusedConnection: request.reusedSocket }));
          },
        );
        request.on('error', reject);
        request.end(payload);
      });
    // Two refusals in a row on one kept-alive connection, as the command line or a browser sends them.
    const answer = await send(body);
    // Let a server that drops the connection after a refusal do so before the next request.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const next = await send(Buffer.concat([Buffer.from([0x1f, 0x8b]), Buffer.from('garbage'.repeat(100))]));
    agent.destroy();
    expect(next.status).toBe(400);
    // The connection survived the refusal: a client reusing a reset connection fails.
    expect(next.reusedConnection).toBe(true);
    expect(answer.status).toBe(400);
    expect(answer.text).toContain('still open after 1048576 characters');
  });
});
