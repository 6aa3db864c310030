import { createMeasurementFixture, type MeasurementFixture } from '../helpers/measurement-fixture.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/** One sample's value from Prometheus's text format, or undefined when the series is absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  for (const line of text.split('\n')) {
    const match = /^([a-z_:]+)(?:\{([^}]*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const present = (match[2] ?? '').split(',');
    if (wanted.every((label) => present.includes(label))) return Number(match[3]);
  }
  return undefined;
}

describe('/metrics: Prometheus text, scraped', () => {
  let t: TestApp;
  let f: MeasurementFixture;
  const scrape = async (remoteAddress = '127.0.0.1') => t.app.inject({ method: 'GET', url: '/metrics', remoteAddress });

  beforeAll(async () => {
    t = await startTestApp();
    f = await createMeasurementFixture(t, '1465021');
  });

  afterAll(async () => {
    await t?.close();
  });

  it('counts and times GraphQL requests by operation name, errors apart', async () => {
    const before = (await scrape()).payload;
    expect((await scrape()).headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    const okBefore = sample(before, 'rpa_graphql_requests_total', { operation: 'MetricsProbe', outcome: 'ok' }) ?? 0;
    for (let i = 0; i < 3; i += 1) await t.graphql('query MetricsProbe { me { id } }', {}, f.owner.token);
    await t.graphql('query MetricsProbe { nope }', {}, f.owner.token);
    await t.graphql('{ me { id } }', {}, f.owner.token);
    // A name the document does not have is not a label.
    await t.app.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json', authorization: `Bearer ${f.owner.token}` }, payload: { query: 'query Real { me { id } }', operationName: 'Invented' } });
    const after = (await scrape()).payload;
    expect(sample(after, 'rpa_graphql_requests_total', { operation: 'MetricsProbe', outcome: 'ok' })).toBe(okBefore + 3);
    // A document refused by validation is counted, under `refused`, not under the name it gave.
    expect(sample(after, 'rpa_graphql_requests_total', { operation: 'MetricsProbe', outcome: 'error' })).toBeUndefined();
    expect(sample(after, 'rpa_graphql_requests_total', { operation: 'refused', outcome: 'error' })).toBeGreaterThanOrEqual(1);
    expect(sample(after, 'rpa_graphql_requests_total', { operation: 'anonymous', outcome: 'ok' })).toBeGreaterThanOrEqual(1);
    expect(sample(after, 'rpa_graphql_request_duration_seconds_count', { operation: 'MetricsProbe' })).toBe(okBefore + 3);
    expect(sample(after, 'rpa_graphql_request_duration_seconds_sum', { operation: 'MetricsProbe' })).toBeGreaterThan(0);
    expect(after).not.toContain('operation="Invented"');
    expect(sample(after, 'rpa_database_pool_connections', { state: 'total' })).toBeGreaterThanOrEqual(1);
    expect(sample(after, 'rpa_process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  it('counts import rows and durations, and refused imports', async () => {
    const periodId = await f.createPeriod();
    const records = Array.from({ length: 7 }, (_, index) => ({ caseRef: `M-${index}`, receivedAt: '2025-03-04T10:00:00Z', completedAt: '2025-03-04T11:00:00Z', handlingMinutes: 5 }));
    const written = await t.graphql('mutation ($input: ImportCaseRecordsInput!) { importCaseRecords(input: $input) { rows } }', { input: { periodId, records } }, f.owner.token);
    expect(written.errors).toBeUndefined();
    const refused = await t.graphql(
      'mutation ($input: ImportCaseRecordsInput!) { importCaseRecords(input: $input) { rows } }',
      { input: { periodId, records: [{ caseRef: 'M-bad', receivedAt: '2025-03-04T12:00:00Z', completedAt: '2025-03-04T11:00:00Z', handlingMinutes: 5 }] } },
      f.owner.token,
    );
    expect(refused.errors).toBeDefined();
    const text = (await scrape()).payload;
    const format = /rpa_import_rows_total\{format="([^"]+)"\}/.exec(text)?.[1];
    expect(format).toBeDefined();
    expect(sample(text, 'rpa_import_rows_total', { format: format! })).toBe(7);
    expect(sample(text, 'rpa_imports_total', { format: format!, outcome: 'written' })).toBe(1);
    expect(sample(text, 'rpa_imports_total', { format: format!, outcome: 'refused' })).toBe(1);
    expect(sample(text, 'rpa_import_duration_seconds_count', { format: format! })).toBe(1);
  });

  it('takes label names only from validated documents of signed-in callers', async () => {
    for (let i = 0; i < 50; i += 1) await t.graphql(`query Junk_${i} { __typename }`);
    for (let i = 0; i < 20; i += 1) await t.graphql(`query Bad_${i} { nope }`, {}, f.owner.token);
    const text = (await scrape()).payload;
    expect(text).not.toMatch(/operation="(Junk|Bad)_/);
    expect(sample(text, 'rpa_graphql_requests_total', { operation: 'anonymous', outcome: 'ok' })).toBeGreaterThanOrEqual(50);
  });

  it('keeps at most 200 operation names apart, so that clients cannot grow its memory', async () => {
    for (let i = 0; i < 230; i += 1) await t.graphql(`query Probe${i} { me { id } }`, {}, f.owner.token);
    const text = (await scrape()).payload;
    const names = new Set([...text.matchAll(/^rpa_graphql_requests_total\{operation="([^"]+)"/gm)].map((match) => match[1]));
    // 200 names, and `anonymous`, `other` and `refused`.
    expect(names.size).toBeLessThanOrEqual(203);
    expect(sample(text, 'rpa_graphql_requests_total', { operation: 'other', outcome: 'ok' })).toBeGreaterThanOrEqual(30);
  });

  it('answers this machine only unless told otherwise, with a sentence', async () => {
    for (const address of ['127.0.0.1', '::1', '::ffff:127.0.0.1']) expect((await scrape(address)).statusCode).toBe(200);
    const remote = await scrape('203.0.113.7');
    expect(remote.statusCode).toBe(403);
    expect(remote.json<{ errors: { message: string }[] }>().errors[0].message).toMatch(/METRICS=on/);
    // Not fooled by a forwarded address; and what a proxy on this machine forwards is not local.
    const forwarded = await t.app.inject({ method: 'GET', url: '/metrics', remoteAddress: '203.0.113.7', headers: { 'x-forwarded-for': '127.0.0.1' } });
    expect(forwarded.statusCode).toBe(403);
    const proxied = await t.app.inject({ method: 'GET', url: '/metrics', remoteAddress: '127.0.0.1', headers: { 'x-forwarded-for': '203.0.113.7' } });
    expect(proxied.statusCode).toBe(403);
  });
});

describe('/metrics with METRICS=on and METRICS=off', () => {
  it('serves anyone when on, nobody when off', async () => {
    for (const [setting, status] of [['on', 200], ['off', 404]] as const) {
      const t = await startTestApp({ METRICS: setting });
      try {
        const response = await t.app.inject({ method: 'GET', url: '/metrics', remoteAddress: '203.0.113.7' });
        expect({ setting, status: response.statusCode }).toEqual({ setting, status });
      } finally {
        await t.close();
      }
    }
  });
});
