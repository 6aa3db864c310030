import { spawn } from 'node:child_process';
import { chmod, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort } from '../../../test/helpers/free-port.js';
import { connectionUrl, runningEmbeddedPostgres, startEmbeddedPostgres } from '../embedded-postgres.js';

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

async function canSignIn(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

describe('startEmbeddedPostgres', () => {
  let root: string;
  let dataDir: string;
  let options: { clusterDir: string; port: number; databaseName: string };

  beforeEach(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'rpa-embedded-'));
    await chmod(root, 0o755);
    dataDir = path.join(root, 'data');
    options = { clusterDir: path.join(dataDir, 'pg'), port: await freePort(), databaseName: 'app' };
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('creates the cluster on first start and keeps its data across a restart', async () => {
    const first = await startEmbeddedPostgres(options);
    await query(first.url, "CREATE TABLE kept (value text); INSERT INTO kept VALUES ('survives')");
    await first.stop();
    const second = await startEmbeddedPostgres(options);
    try {
      expect(await query<{ value: string }>(second.url, 'SELECT value FROM kept')).toEqual([{ value: 'survives' }]);
    } finally {
      await second.stop();
    }
  });

  it("gives each data directory its own superuser password, kept owner-only, and leaves no password file behind", async () => {
    const leftovers = async () => (await readdir(path.dirname(options.clusterDir))).filter((name) => name.startsWith('.initdb-'));
    const server = await startEmbeddedPostgres(options);
    try {
      const stored = (await readFile(path.join(dataDir, 'postgres-password'), 'utf8')).trim();
      expect(stored.length).toBeGreaterThanOrEqual(32);
      expect((await stat(path.join(dataDir, 'postgres-password'))).mode & 0o777).toBe(0o600);
      expect(server.url).toContain(encodeURIComponent(stored));
      expect(await canSignIn(connectionUrl(options.port, 'app', 'rpa-readiness-embedded'))).toBe(false);
      expect(await leftovers()).toEqual([]);
    } finally {
      await server.stop();
    }
  });

  it('replaces the shared password of a cluster created before passwords were per cluster', async () => {
    const first = await startEmbeddedPostgres(options);
    await query(first.adminUrl, "ALTER ROLE postgres PASSWORD 'rpa-readiness-embedded'");
    await first.stop();
    await rm(path.join(dataDir, 'postgres-password'));
    const second = await startEmbeddedPostgres(options);
    try {
      expect(await canSignIn(connectionUrl(options.port, 'app', 'rpa-readiness-embedded'))).toBe(false);
      expect(await canSignIn(second.url)).toBe(true);
    } finally {
      await second.stop();
    }
  });

  it('says how to start afresh when the password file of a cluster with its own password is gone', async () => {
    const first = await startEmbeddedPostgres(options);
    await first.stop();
    // As after `rm -rf .data` when the cluster lives on elsewhere (under /var/lib, as root).
    await rm(path.join(dataDir, 'postgres-password'));
    await expect(startEmbeddedPostgres(options)).rejects.toThrow(
      `its password file ${path.join(dataDir, 'postgres-password')} is missing (was the data directory deleted while the cluster stayed?). ` +
        `To keep its data, put the file back from a copy of ${dataDir}; to start afresh, delete ${options.clusterDir} and start again`,
    );
  });

  it('names the port and EMBEDDED_PG_PORT when the port is taken', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(options.port, '127.0.0.1', resolve));
    try {
      await expect(startEmbeddedPostgres(options)).rejects.toThrow(
        new RegExp(`port ${options.port} for the embedded PostgreSQL is taken by another program.*set EMBEDDED_PG_PORT to a free port`),
      );
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  it('refuses a second start on a data directory in use, and recovers the server a killed start left running', async () => {
    const first = await startEmbeddedPostgres(options);
    // Another live process holds the data directory.
    const holder = spawn('sleep', ['30']);
    try {
      await writeFile(path.join(dataDir, 'server.pid'), `${holder.pid}\n`);
      await expect(startEmbeddedPostgres({ ...options, port: await freePort() })).rejects.toThrow(/already running on the data directory .* \(process \d+\): stop it first/);
    } finally {
      holder.kill();
    }
    // The holder died without stopping PostgreSQL (kill -9): the next start stops that server and starts.
    await new Promise((resolve) => holder.once('exit', resolve));
    const second = await startEmbeddedPostgres(options);
    try {
      expect(await canSignIn(second.url)).toBe(true);
    } finally {
      await second.stop();
      await first.stop();
    }
  });
});

describe('a supervised embedded PostgreSQL', () => {
  let root: string;

  beforeEach(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'rpa-supervised-'));
    await chmod(root, 0o755);
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('starts its postmaster again after kill -9, says so, and keeps its own log in the data directory', async () => {
    const notices: string[] = [];
    const failures: string[] = [];
    const dataDir = path.join(root, 'data');
    const database = await startEmbeddedPostgres({
      clusterDir: path.join(dataDir, 'pg'),
      port: await freePort(),
      databaseName: 'app',
      onNotice: (notice) => notices.push(notice),
      onFailure: (failure) => failures.push(failure),
    });
    try {
      const pool = new pg.Pool({ connectionString: database.url, max: 2 });
      pool.on('error', () => undefined);
      await pool.query("CREATE TABLE kept (value text); INSERT INTO kept VALUES ('survives')");
      const clusterDir = path.dirname((await query<{ setting: string }>(database.url, "SELECT setting FROM pg_settings WHERE name = 'config_file'"))[0].setting);
      const postmaster = Number((await readFile(path.join(clusterDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);
      process.kill(postmaster, 'SIGKILL');
      // Back within 30 s: the first try comes after a pause of 1 s.
      let value: string | undefined;
      for (let waited = 0; waited < 30_000 && value === undefined; waited += 250) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        value = await pool.query<{ value: string }>('SELECT value FROM kept').then((result) => result.rows[0].value, () => undefined);
      }
      await pool.end();
      expect(value).toBe('survives');
      expect(failures).toEqual([]);
      expect(notices.some((notice) => /stopped unexpectedly \(signal SIGKILL\); starting it again in 1 s \(try 1 of 3; its log: .*postgresql\.log\)/.test(notice))).toBe(true);
      expect(notices).toContain('the embedded PostgreSQL is running again');
      const log = await readFile(path.join(dataDir, 'postgresql.log'), 'utf8');
      expect(log).toContain('database system is ready to accept connections');
    } finally {
      await database.stop();
    }
  }, 60_000);
});

describe('an embedded PostgreSQL that cannot be started again', () => {
  it('tries three times, then reports the failure with the reason and its log', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'rpa-supervised-'));
    await chmod(root, 0o755);
    const port = await freePort();
    let reportFailure: (message: string) => void = () => undefined;
    const failure = new Promise<string>((resolve) => (reportFailure = resolve));
    const clusterDir = path.join(root, 'data', 'pg');
    const database = await startEmbeddedPostgres({ clusterDir, port, databaseName: 'app', onFailure: (message) => reportFailure(message) });
    const squatter = net.createServer();
    try {
      const postmaster = Number((await readFile(path.join(clusterDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);
      process.kill(postmaster, 'SIGKILL');
      // Another program takes the port meanwhile: every try fails.
      await new Promise<void>((listening) => {
        const listen = () => squatter.listen(port, '127.0.0.1', () => listening());
        squatter.on('error', () => setTimeout(listen, 50));
        listen();
      });
      expect(await failure).toMatch(/^the embedded PostgreSQL could not be started again after 3 tries \(.*\); see .*postgresql\.log$/);
    } finally {
      squatter.close();
      await database.stop();
      await rm(root, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('the embedded PostgreSQL of a running server, for tools beside it', () => {
  it('is found on the port the server wrote, whatever port the tool was given', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'rpa-running-'));
    // A live process standing for the server.
    const server = spawn(process.execPath, ['-e', 'setTimeout(() => undefined, 30000)']);
    try {
      await writeFile(path.join(dataDir, 'server.pid'), `${server.pid}\n54411\n`);
      await writeFile(path.join(dataDir, 'postgres-password'), 'secret\n');
      expect(await runningEmbeddedPostgres(dataDir, 54329, 'app')).toBe(connectionUrl(54411, 'app', 'secret'));
      // A server that wrote only its process id: the port given.
      await writeFile(path.join(dataDir, 'server.pid'), `${server.pid}\n`);
      expect(await runningEmbeddedPostgres(dataDir, 54329, 'app')).toBe(connectionUrl(54329, 'app', 'secret'));
    } finally {
      server.kill();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
