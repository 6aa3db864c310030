import { loadConfig } from '../config/app-config.js';
import { type DatabaseConnection, EMBEDDED_DATABASE_NAME, openDatabase } from '../database/database-connection.js';
import { runningEmbeddedPostgres } from '../database/embedded-postgres.js';

/**
 * The database a backup or restore works on, as the schema owner: DATABASE_URL when set;
 * otherwise the embedded one under DATA_DIR, reached through the server running on it (same
 * EMBEDDED_PG_PORT), or started for the command and stopped after it.
 */
export async function ownerDatabase(env: NodeJS.ProcessEnv): Promise<Omit<DatabaseConnection, 'disk'> & { serverRunning: boolean }> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, embedded: false, serverRunning: false, close: () => Promise.resolve() };
  const config = loadConfig(env);
  const running = await runningEmbeddedPostgres(config.dataDir, config.database.embeddedPort, EMBEDDED_DATABASE_NAME);
  if (running) return { url: running, embedded: true, serverRunning: true, close: () => Promise.resolve() };
  return { ...(await openDatabase(config)), serverRunning: false };
}
