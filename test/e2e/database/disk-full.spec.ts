import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statfsSync, writeSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort } from '../../helpers/free-port.js';

/**
 * The real server (dist/src/main.js, built by the jest global setup) with its embedded
 * PostgreSQL on a small tmpfs, filled during an import. Two ways PostgreSQL meets a full disk,
 * each made certain by where the WAL stands when the import starts: a table that cannot grow
 * (ERROR 53100, the server stays up), and a WAL segment that cannot be created (PANIC, then a
 * crash recovery that cannot finish until there is room).
 */

/** Why a tmpfs cannot be mounted here (not root, not Linux, mount refused), or undefined when it can. */
function whyNoTmpfs(): string | undefined {
  if (process.platform !== 'linux') return `mounting a tmpfs needs Linux, this is ${process.platform}`;
  if (process.getuid?.() !== 0) return `mounting a tmpfs needs root, this runs as uid ${process.getuid?.()}`;
  const probe = mkdtempSync(path.join(os.tmpdir(), 'rpa-disk-probe-'));
  try {
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', probe], { encoding: 'utf8' });
    if (mounted.error) return `mount could not be run (${mounted.error.message})`;
    if (mounted.status !== 0) return `mount -t tmpfs was refused (${mounted.stderr.trim() || `exit code ${mounted.status}`})`;
    spawnSync('umount', [probe]);
    return undefined;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}

const HEADER = 'case_ref,received_at,started_at,completed_at,handling_minutes,errors,rework,channel\n';
/** About 7.5 MB of CSV, some 10 MB in the table and its indexes: more than the room left. */
const CSV = HEADER + Array.from({ length: 100_000 }, (_, i) => `DF.${i},2026-03-02T08:00:00+01:00,,2026-03-02T12:00:00+01:00,7.5,0,0,KSeF\n`).join('');
/** Room left on the disk: enough for the server's own small writes, not for the import. */
const ROOM_FOR_AN_ERROR = 4 * 1024 ** 2;
/** Less than one WAL segment (16 MiB): the next one cannot be created. */
const ROOM_FOR_A_PANIC = 8 * 1024 ** 2;

interface Running {
  process: ChildProcess;
  base: string;
  output(): string;
}

function startServer(dataDir: string, port: number, pgPort: number): Running {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(port), EMBEDDED_PG_PORT: String(pgPort), LOG_LEVEL: 'warn', NODE_ENV: 'production' };
  // The embedded database, on the small disk: none of the test run's own.
  delete env.DATABASE_URL;
  delete env.APP_DATABASE_URL;
  const server = spawn(process.execPath, [path.resolve('dist/src/main.js')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { process: server, base: `http://127.0.0.1:${port}`, output: () => output };
}

/** The status of GET /health, or the reason it did not answer within 5 s. */
async function health(base: string): Promise<number | string> {
  try {
    return (await fetch(`${base}/health`, { signal: AbortSignal.timeout(5_000) })).status;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

async function waitFor<T>(what: string, probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs: number, server: Running): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (server.process.exitCode !== null) throw new Error(`the server exited (${server.process.exitCode}) waiting for ${what}:\n${server.output()}`);
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (last: ${String(value)}):\n${server.output().slice(-3000)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const unavailable = whyNoTmpfs();

if (unavailable !== undefined) {
  console.warn(`test/e2e/database/disk-full.spec.ts cannot run here: ${unavailable}`);
  describe('a disk that fills during an import', () => {
    it.skip(`cannot run here: ${unavailable}`, () => undefined);
  });
} else {
  describe('a disk that fills during an import', () => {
    let mount: string;
    let dataDir: string;
    let server: Running;
    let pgPort: number;
    let token: string;
    let processId: string;

    /** A query as the embedded cluster's superuser, on a connection of its own (the server may crash under it). */
    const superuser = async <T extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<T[]> => {
      const password = (await readFile(path.join(dataDir, 'postgres-password'), 'utf8')).trim();
      const client = new pg.Client({ connectionString: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${pgPort}/rpa_readiness` });
      client.on('error', () => undefined);
      await client.connect();
      try {
        return (await client.query<T>(sql, values)).rows;
      } finally {
        await client.end().catch(() => undefined);
      }
    };

    const graphql = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<{ data?: T; errors?: { message: string; extensions: { code: string } }[] }> =>
      (
        await fetch(`${server.base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify({ query, variables }),
        })
      ).json() as Promise<{ data?: T; errors?: { message: string; extensions: { code: string } }[] }>;

    const newPeriod = async (label: string): Promise<string> => {
      const created = await graphql<{ createMeasurementPeriod: { id: string } }>(
        'mutation ($input: CreateMeasurementPeriodInput!) { createMeasurementPeriod(input: $input) { id } }',
        { input: { processId, kind: 'BASELINE', label, startsOn: '2000-01-01', endsOn: '2030-12-31' } },
      );
      if (!created.data) throw new Error(JSON.stringify(created.errors));
      return created.data.createMeasurementPeriod.id;
    };

    const upload = async (periodId: string): Promise<{ status: number; body: { rows?: number; errors?: { message: string; extensions: { code: string } }[] } }> => {
      const response = await fetch(`${server.base}/imports?periodId=${periodId}`, { method: 'POST', headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` }, body: CSV });
      return { status: response.status, body: (await response.json()) as { rows?: number } };
    };

    /** What the period holds: its imports and their case rows. */
    const stored = async (periodId: string) =>
      (
        await superuser<{ imports: number; rows: number }>(
          'SELECT (SELECT count(*) FROM measurement_import WHERE period_id = $1)::int AS imports, (SELECT count(*) FROM case_record WHERE period_id = $1)::int AS rows',
          [periodId],
        )
      )[0];

    const filler = () => path.join(mount, 'filler');

    /** Fills the disk with one file until `room` bytes are left. */
    const fill = (room: number) => {
      const file = openSync(filler(), 'w');
      try {
        const chunk = Buffer.alloc(1024 ** 2);
        for (;;) {
          const { bavail, bsize } = statfsSync(mount);
          const excess = bavail * bsize - room;
          if (excess < 4096) break;
          writeSync(file, chunk, 0, Math.min(chunk.length, excess - (excess % 4096)));
        }
      } finally {
        closeSync(file);
      }
    };

    /** WAL segment size and where WAL is inserted now, with the end of the last segment file that exists. */
    const walPosition = async () => {
      const [row] = await superuser<{ segment: string; at: string; last: string }>(
        `SELECT setting AS segment, pg_current_wal_insert_lsn()::text AS at,
                (SELECT max(name) FROM pg_ls_waldir() WHERE name ~ '^[0-9A-F]{24}$') AS last FROM pg_settings WHERE name = 'wal_segment_size'`,
      );
      const segment = BigInt(row.segment);
      const [high, low] = row.at.split('/').map((part) => BigInt(`0x${part}`));
      const segmentsPerId = 0x1_0000_0000n / segment;
      const lastNumber = BigInt(`0x${row.last.slice(8, 16)}`) * segmentsPerId + BigInt(`0x${row.last.slice(16, 24)}`);
      return { at: (high << 32n) | low, existingEnd: (lastNumber + 1n) * segment };
    };

    /** WAL written now, in its own records (as much as `bytes`). */
    const writeWal = (bytes: bigint) => superuser("SELECT pg_logical_emit_message(false, 'rpa-disk-full', repeat('x', $1), true)", [Number(bytes)]);

    beforeAll(async () => {
      mount = mkdtempSync(path.join(os.tmpdir(), 'rpa-disk-full-'));
      // Room for the cluster with the demo data (~60 MB), its WAL and the imports that succeed.
      const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=256m,mode=755', 'tmpfs', mount], { encoding: 'utf8' });
      if (mounted.status !== 0) throw new Error(`mount -t tmpfs failed: ${mounted.stderr}`);
      dataDir = path.join(mount, 'data');
      pgPort = await freePort();
      server = startServer(dataDir, await freePort(), pgPort);
      await waitFor('the server to answer /health', () => health(server.base), (status) => status === 200, 60_000, server);
      token = '';
      const login = await graphql<{ login: { accessToken: string } }>('mutation { login(input: {email: "owner@zielonogrod.example", password: "demo-owner-2026"}) { accessToken } }');
      token = login.data!.login.accessToken;
      const processes = await graphql<{ processes: { edges: { node: { id: string } }[] } }>('{ processes(first: 1) { edges { node { id } } } }');
      processId = processes.data!.processes.edges[0].node.id;
    }, 90_000);

    afterAll(async () => {
      await rm(filler(), { force: true });
      if (server && server.process.exitCode === null) {
        let timer: NodeJS.Timeout | undefined;
        const exited = new Promise((resolve) => server.process.once('exit', resolve));
        server.process.kill('SIGTERM');
        await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, 15_000)))]);
        clearTimeout(timer);
        if (server.process.exitCode === null) server.process.kill('SIGKILL');
      }
      // A server killed outright leaves its PostgreSQL running, which keeps the mount busy.
      const postmaster = Number((await readFile(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').catch(() => '')).split('\n')[0]);
      if (postmaster > 0) spawnSync('kill', ['-QUIT', String(postmaster)]);
      for (let tries = 0; tries < 50 && spawnSync('umount', [mount]).status !== 0; tries += 1) await new Promise((resolve) => setTimeout(resolve, 200));
      rmSync(mount, { recursive: true, force: true });
    }, 30_000);

    const clusterDir = () => path.join(dataDir, 'pg');
    const named = () => `no space left on the database's disk: free space at ${clusterDir()}, then try again (nothing was written)`;

    it('a table that cannot grow: the importer reads where to free space, nothing is kept, the server runs on, and the same import succeeds once there is room', async () => {
      const periodId = await newPeriod('table full');
      // A fresh WAL segment, created while there is room: the table meets the full disk first.
      const { at, existingEnd } = await walPosition();
      if (existingEnd - at < 12n * 1024n ** 2n) await superuser('SELECT pg_switch_wal()');
      await writeWal(1n);
      fill(ROOM_FOR_AN_ERROR);

      const refused = await upload(periodId);
      expect({ status: refused.status, body: refused.body }).toEqual({ status: 503, body: { errors: [{ message: named(), extensions: { code: 'SERVICE_UNAVAILABLE' } }] } });
      expect(await stored(periodId)).toEqual({ imports: 0, rows: 0 });
      expect(await health(server.base)).toBe(200);
      expect(server.process.exitCode).toBeNull();

      await rm(filler());
      const accepted = await upload(periodId);
      expect({ status: accepted.status, rows: accepted.body.rows }).toEqual({ status: 200, rows: 100_000 });
      expect(await stored(periodId)).toEqual({ imports: 1, rows: 100_000 });
    }, 60_000);

    it('WAL that cannot grow: PostgreSQL panics and cannot recover until there is room; the importer and everyone else read where to free space, the server waits, and the same import succeeds once there is room', async () => {
      const periodId = await newPeriod('WAL full');
      // WAL up to just before the end of the last segment file: the import needs a new one.
      const margin = 256n * 1024n;
      for (let position = await walPosition(); position.existingEnd - position.at > margin; position = await walPosition()) {
        const left = position.existingEnd - position.at - margin;
        await writeWal(left < 8n * 1024n ** 2n ? left : 8n * 1024n ** 2n);
      }
      fill(ROOM_FOR_A_PANIC);

      const refused = await upload(periodId);
      expect({ status: refused.status, body: refused.body }).toEqual({ status: 503, body: { errors: [{ message: named(), extensions: { code: 'SERVICE_UNAVAILABLE' } }] } });
      // The server answers at once, PostgreSQL being down until there is room.
      expect(await health(server.base)).toBe(503);
      const during = await graphql('{ processes(first: 1) { totalCount } }');
      expect(during.errors).toEqual([expect.objectContaining({ message: named(), extensions: { code: 'SERVICE_UNAVAILABLE' } })]);
      // Past the first start that fails for lack of space, the supervision waits rather than counts tries.
      await waitFor('a start that fails for lack of space', () => Promise.resolve(server.output()), (output) => output.includes('started again every'), 10_000, server);
      await new Promise((resolve) => setTimeout(resolve, 2_500));
      expect(server.process.exitCode).toBeNull();
      expect(server.output()).toContain(`the embedded PostgreSQL stopped: no space left on its disk; free space at ${clusterDir()}`);
      expect(server.output()).not.toMatch(/try \d of 3/);

      await rm(filler());
      await waitFor('the database to be back', () => health(server.base), (status) => status === 200, 15_000, server);
      expect(await stored(periodId)).toEqual({ imports: 0, rows: 0 });
      const accepted = await upload(periodId);
      expect({ status: accepted.status, rows: accepted.body.rows }).toEqual({ status: 200, rows: 100_000 });
      expect(await stored(periodId)).toEqual({ imports: 1, rows: 100_000 });
    }, 60_000);
  });
}
