import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { type ChildProcess, spawn } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createApp } from '../src/app/create-app.js';
import { AccessTokenService } from '../src/auth/access-token.service.js';
import { loadConfig } from '../src/config/app-config.js';
import { enableAppLogin } from '../src/database/app-role.js';
import { reportConnectionErrors } from '../src/database/connection-errors.js';
import { createDataSource } from '../src/database/data-source.js';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres.js';
import { freePort } from '../test/helpers/free-port.js';
import { quantileSorted } from '../src/statistics/intervals.js';

export interface BenchEnvironment {
  workDir: string;
  ownerUrl: string;
  /** The application's login (rpa_app): row-level security applies to it. */
  appUrl: string;
  /** Pool as the schema owner (no row-level security), for setup and checks. */
  owner: pg.Pool;
  app: NestFastifyApplication;
  baseUrl: string;
  signToken(userId: string): Promise<string>;
  /**
   * The same application in a process of its own (`node dist/src/main.js`) on the same database,
   * as it runs in production: nothing else on its event loop (a browser driver in the bench's
   * process would be). Stopped by close().
   */
  serverProcess(): Promise<string>;
  /** The peak resident memory (VmHWM, bytes) of the server process at `url`, and whether it still runs. */
  serverMemory(url: string): Promise<{ peakBytes: number; running: boolean }>;
  close(): Promise<void>;
}

/** A fresh embedded PostgreSQL, migrated, and the real application listening on loopback. */
export async function startBenchEnvironment(env: Record<string, string> = {}): Promise<BenchEnvironment> {
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'rpa-bench-'));
  await chmod(workDir, 0o755);
  const database = await startEmbeddedPostgres({ clusterDir: path.join(workDir, 'pg'), port: await freePort(), databaseName: 'bench' });
  const migrator = createDataSource(database.url);
  await migrator.initialize();
  await migrator.runMigrations({ transaction: 'each' });
  const appUrl = await enableAppLogin(migrator, database.url, 'rpa-bench-app-password');
  await migrator.destroy();

  const environment = {
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret-01',
    STATEMENT_TIMEOUT_MS: '600000',
    ...env,
    DATABASE_URL: database.url,
  };
  const config = loadConfig(environment);
  const app = await createApp(config, appUrl);
  const port = await freePort();
  await app.listen({ port, host: '127.0.0.1' });
  const owner = new pg.Pool({ connectionString: database.url, max: 4 });
  // pool.end() resolves before its clients' sockets close: the database stopping right after may
  // still reach one, whose error the pool re-emits (unhandled, it ended a finished bench with 1).
  reportConnectionErrors(owner, () => undefined);
  const tokens = app.get(AccessTokenService);
  const children: ChildProcess[] = [];
  const childAt = new Map<string, ChildProcess>();
  return {
    workDir,
    ownerUrl: database.url,
    appUrl,
    owner,
    app,
    baseUrl: `http://127.0.0.1:${port}`,
    signToken: async (userId) => (await tokens.sign(userId)).token,
    async serverProcess() {
      const childPort = await freePort();
      const child = spawn(process.execPath, [path.resolve('dist/src/main.js')], {
        env: { ...process.env, ...environment, APP_DATABASE_URL: appUrl, PORT: String(childPort), HOST: '127.0.0.1' },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      children.push(child);
      const url = `http://127.0.0.1:${childPort}`;
      childAt.set(url, child);
      for (let attempt = 0; attempt < 300; attempt += 1) {
        if (child.exitCode !== null) throw new Error(`the server process exited with ${child.exitCode}`);
        if (await fetch(`${url}/health`).then((response) => response.ok, () => false)) return url;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error('the server process did not answer /health within 30 s');
    },
    async serverMemory(url) {
      const child = childAt.get(url);
      if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return { peakBytes: 0, running: false };
      const status = await readFile(`/proc/${child.pid}/status`, 'utf8');
      const kilobytes = /^VmHWM:\s+(\d+) kB/m.exec(status)?.[1];
      return { peakBytes: Number(kilobytes ?? 0) * 1024, running: true };
    },
    async close() {
      for (const child of children) {
        if (child.exitCode !== null || child.signalCode !== null) continue;
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      await app.close();
      await owner.end();
      await database.stop();
      await rm(workDir, { recursive: true, force: true });
    },
  };
}

/**
 * Runs a bench's main and always exits: a failed run would otherwise be kept alive by the
 * embedded PostgreSQL child or a server process.
 */
export function runBench(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}

/** The p-quantile of measured times, in any order (the project's one quantile definition). */
export function percentile(values: readonly number[], p: number): number {
  return quantileSorted([...values].sort((a, b) => a - b), p);
}
