import path from 'node:path';
import type { AppConfig } from '../config/app-config.js';
import { type DatabaseDisk, EXTERNAL_DATABASE_DISK } from '../config/database-disk.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';

export const EMBEDDED_DATABASE_NAME = 'rpa_readiness';

export interface DatabaseConnection {
  url: string;
  embedded: boolean;
  /** Where its files are, for the sentence a full disk is answered with. */
  disk: DatabaseDisk;
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
    return { url: config.database.url, embedded: false, disk: EXTERNAL_DATABASE_DISK, close: () => Promise.resolve() };
  }
  const embedded = await startEmbeddedPostgres({
    clusterDir: path.join(config.dataDir, 'pg'),
    port: config.database.embeddedPort,
    databaseName: EMBEDDED_DATABASE_NAME,
    onNotice,
    onFailure,
  });
  return { url: embedded.url, embedded: true, disk: embedded.disk, close: () => embedded.stop() };
}
