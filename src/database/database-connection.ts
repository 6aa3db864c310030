import path from 'node:path';
import type { AppConfig } from '../config/app-config.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';

export const EMBEDDED_DATABASE_NAME = 'rpa_readiness';

export interface DatabaseConnection {
  url: string;
  embedded: boolean;
  /** Stops the embedded server; a no-op for an external one. */
  close(): Promise<void>;
}

/** DATABASE_URL when given, otherwise a real PostgreSQL embedded under DATA_DIR/pg. */
export async function openDatabase(
  config: AppConfig,
  onNotice?: (message: string) => void,
  onFailure?: (message: string) => void,
): Promise<DatabaseConnection> {
  if (config.database.url !== undefined) {
    return { url: config.database.url, embedded: false, close: () => Promise.resolve() };
  }
  const embedded = await startEmbeddedPostgres({
    clusterDir: path.join(config.dataDir, 'pg'),
    port: config.database.embeddedPort,
    databaseName: EMBEDDED_DATABASE_NAME,
    onNotice,
    onFailure,
  });
  return { url: embedded.url, embedded: true, close: () => embedded.stop() };
}
