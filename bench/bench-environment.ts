import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createApp } from '../src/app/create-app.js';
import { AccessTokenService } from '../src/auth/access-token.service.js';
import { loadConfig } from '../src/config/app-config.js';
import { enableAppLogin } from '../src/database/app-role.js';
import { createDataSource } from '../src/database/data-source.js';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres.js';
import { freePort } from '../test/helpers/free-port.js';

export interface BenchEnvironment {
  workDir: string;
  ownerUrl: string;
  /** Pool as the schema owner, for setup and for the raw baselines. */
  owner: pg.Pool;
  app: NestFastifyApplication;
  baseUrl: string;
  signToken(userId: string): Promise<string>;
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

  const config = loadConfig({
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret-01',
    STATEMENT_TIMEOUT_MS: '600000',
    ...env,
    DATABASE_URL: database.url,
  });
  const app = await createApp(config, appUrl);
  const port = await freePort();
  await app.listen({ port, host: '127.0.0.1' });
  const owner = new pg.Pool({ connectionString: database.url, max: 4 });
  const tokens = app.get(AccessTokenService);
  return {
    workDir,
    ownerUrl: database.url,
    owner,
    app,
    baseUrl: `http://127.0.0.1:${port}`,
    signToken: async (userId) => (await tokens.sign(userId)).token,
    async close() {
      await app.close();
      await owner.end();
      await database.stop();
      await rm(workDir, { recursive: true, force: true });
    },
  };
}
