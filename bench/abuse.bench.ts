import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { type BenchEnvironment, runBench, startBenchEnvironment } from './bench-environment.js';

/**
 * Abusive requests against a running server (loopback only, bounded sizes) while a second
 * client polls /health. Prints each request's time, the longest /health stall during each, and
 * the longest stall while the server is idle (the baseline of the same run). Target on a
 * 2-core machine: no stall above 1 s. Also the CSV reader's time per MB for valid files and for
 * files with an unclosed quote, at two sizes (the reader must stay linear).
 */
const POLL_MS = 10;
const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });

interface Answer {
  status: number;
  body: string;
}

function request(bench: BenchEnvironment, method: string, path: string, headers: Record<string, string>, body?: string | Buffer): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const url = new URL(path, bench.baseUrl);
    const outgoing = http.request(url, { method, headers, agent }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

const graphql = (bench: BenchEnvironment, token: string | null, query: string, variables: Record<string, unknown> = {}) =>
  request(bench, 'POST', '/graphql', { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, JSON.stringify({ query, variables }));

/** Polls /health back to back (POLL_MS apart) and keeps the longest answer time. */
class HealthPoller {
  private running = false;
  private longest = 0;
  private loop: Promise<void> = Promise.resolve();

  constructor(private readonly bench: BenchEnvironment) {}

  start(): void {
    this.running = true;
    this.longest = 0;
    this.loop = (async () => {
      while (this.running) {
        const started = performance.now();
        const answer = await request(this.bench, 'GET', '/health', {});
        if (answer.status !== 200) throw new Error(`/health answered ${answer.status}: the server is down`);
        this.longest = Math.max(this.longest, performance.now() - started);
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
    })();
  }

  async stop(): Promise<number> {
    this.running = false;
    await this.loop;
    return this.longest;
  }
}

interface Setup {
  ownerToken: string;
  periodId: string;
}

/** An organization with 50 scored processes (so that portfolioSummary(top: 50) does full work) and a period to import into. */
async function setup(bench: BenchEnvironment): Promise<Setup> {
  const { rows: [organization] } = await bench.owner.query<{ id: string }>(
    "INSERT INTO organization (name, teryt_code, kind) VALUES ('Gmina', '1465011', 'GMINA') RETURNING id",
  );
  const { rows: [owner] } = await bench.owner.query<{ id: string }>(
    "INSERT INTO app_user (email, display_name, password_hash) VALUES ('owner@bench.example', 'Owner', 'x') RETURNING id",
  );
  await bench.owner.query("INSERT INTO membership (organization_id, user_id, role) VALUES ($1, $2, 'PROCESS_OWNER')", [organization.id, owner.id]);
  const ownerToken = await bench.signToken(owner.id);
  let processId = '';
  for (let i = 0; i < 50; i += 1) {
    const created = await graphql(bench, ownerToken, `mutation ($input: CreateProcessInput!) { createProcess(input: $input) { id } }`, {
      input: {
        organizationId: organization.id,
        name: `Process ${i}`,
        category: 'INVOICE_PROCESSING',
        estimatedMonthlyVolume: 200 + i * 40,
        estimatedHandlingMinutes: 12,
        steps: [
          { name: 'Register', minutesPerCase: 6, ruleBased: true, inputType: 'STRUCTURED_DIGITAL', systems: ['ERP'] },
          { name: 'Check', minutesPerCase: 6, ruleBased: i % 2 === 0, inputType: 'UNSTRUCTURED_DIGITAL', systems: ['ERP'] },
        ],
      },
    });
    const parsed = JSON.parse(created.body) as { data?: { createProcess: { id: string } }; errors?: unknown };
    if (!parsed.data) throw new Error(`createProcess failed: ${created.body}`);
    processId = parsed.data.createProcess.id;
  }
  const period = await graphql(bench, ownerToken, 'mutation ($input: CreateMeasurementPeriodInput!) { createMeasurementPeriod(input: $input) { id } }', {
    input: { processId, kind: 'BASELINE', label: 'bench', startsOn: '2000-01-01', endsOn: '2030-12-31' },
  });
  const periodId = (JSON.parse(period.body) as { data: { createMeasurementPeriod: { id: string } } }).data.createMeasurementPeriod.id;
  return { ownerToken, periodId };
}

function doublingFragments(n: number): string {
  const fragments = ['fragment F0 on Organization { id name }'];
  for (let i = 1; i < n; i += 1) fragments.push(`fragment F${i} on Organization { ...F${i - 1} ...F${i - 1} }`);
  return `{ organizations(first: 1) { edges { node { ...F${n - 1} } } } }\n${fragments.join('\n')}`;
}

const CSV_HEADER = 'case_ref,received_at,started_at,completed_at,handling_minutes,errors,rework,channel';

function caseCsv(megabytes: number, hostile: boolean): string {
  const row = (i: number) => `C${i},2026-03-02T08:00:00+01:00,2026-03-02T09:00:00+01:00,2026-03-02T12:00:00+01:00,7.5,0,0,KSeF`;
  const rows: string[] = [];
  let size = CSV_HEADER.length;
  for (let i = 0; size < megabytes * 1024 * 1024; i += 1) {
    const line = hostile && i === 0 ? `"${row(i)}` : row(i);
    rows.push(line);
    size += line.length + 1;
  }
  return `${CSV_HEADER}\n${rows.join('\n')}\n`;
}

async function main(): Promise<void> {
  const bench = await startBenchEnvironment({ IMPORTS_PER_MINUTE: '1000' });
  const poller = new HealthPoller(bench);
  try {
    const { ownerToken, periodId } = await setup(bench);
    const upload = (body: string | Buffer, format = 'csv') =>
      request(bench, 'POST', `/imports?periodId=${periodId}&format=${format}`, { 'content-type': 'text/csv', authorization: `Bearer ${ownerToken}` }, body);

    poller.start();
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const idle = await poller.stop();
    console.log(`idle: longest /health answer ${idle.toFixed(1)} ms over 2 s`);

    const portfolioAliases = (count: number) =>
      `{ ${Array.from({ length: count }, (_, i) => `p${i}: portfolioSummary(top: 50) { draws npv { p50 } }`).join(' ')} }`;
    const attacks: { name: string; send: () => Promise<Answer> }[] = [
      { name: '30 doubling fragments (unauthenticated)', send: () => graphql(bench, null, doublingFragments(30)) },
      { name: '100 aliases of portfolioSummary(top: 50)', send: () => graphql(bench, ownerToken, portfolioAliases(100)) },
      { name: '9 aliases of portfolioSummary(top: 50) (the most the cost limit allows)', send: () => graphql(bench, ownerToken, portfolioAliases(9)) },
      {
        name: '1000 aliases of processes(first: 1)',
        send: () => graphql(bench, ownerToken, `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: processes(first: 1) { totalCount }`).join(' ')} }`),
      },
      { name: 'damaged gzip upload', send: () => upload(Buffer.concat([Buffer.from([0x1f, 0x8b]), Buffer.from('garbage'.repeat(100))])) },
      { name: '40 000 CSV lines after an unclosed quote', send: () => upload(caseCsv(3.5, true)) },
    ];
    let worst = 0;
    for (const attack of attacks) {
      poller.start();
      const started = performance.now();
      const answer = await attack.send();
      const took = performance.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 50));
      const stall = await poller.stop();
      worst = Math.max(worst, stall);
      console.log(`${attack.name}: HTTP ${answer.status} in ${took.toFixed(0)} ms; longest /health answer ${stall.toFixed(1)} ms`);
    }

    // Time per MB of the CSV reader path, valid and hostile, at two sizes (linear: equal per MB).
    const perMegabyte: string[] = [];
    for (const megabytes of [2, 8]) {
      for (const hostile of [false, true]) {
        const body = caseCsv(megabytes, hostile);
        poller.start();
        const started = performance.now();
        const answer = await upload(body);
        const took = performance.now() - started;
        const stall = await poller.stop();
        worst = Math.max(worst, stall);
        if (!hostile && answer.status === 200) {
          const { importId } = JSON.parse(answer.body) as { importId: string };
          await graphql(bench, ownerToken, 'mutation ($id: ID!) { deleteMeasurementImport(id: $id) { id } }', { id: importId });
        }
        const label = `${hostile ? 'hostile' : 'valid'}_${megabytes}mb_ms_per_mb`;
        perMegabyte.push(`${label}=${(took / megabytes).toFixed(0)}`);
        console.log(`${hostile ? 'unclosed quote' : 'valid rows'}, ${megabytes} MB: HTTP ${answer.status} in ${took.toFixed(0)} ms (${(took / megabytes).toFixed(0)} ms/MB); longest /health answer ${stall.toFixed(1)} ms`);
      }
    }
    console.log(
      `BENCH abuse max_health_stall_ms=${worst.toFixed(0)} idle_max_health_stall_ms=${idle.toFixed(0)} ratio=${(worst / Math.max(idle, 1)).toFixed(1)} ${perMegabyte.join(' ')}`,
    );
  } finally {
    await bench.close();
  }
}

runBench(main);
