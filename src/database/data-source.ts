import { DataSource, type DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../migrations/index.js';
import { ENTITIES } from './entities.js';

/** The one place that says how the application talks to PostgreSQL. */
/** statementTimeoutMs bounds every statement of the application's connections. */
export function dataSourceOptions(url: string, limits: { statementTimeoutMs?: number } = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    // Schema changes go through reviewed migrations only.
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL >= 13: no extension, no superuser needed.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    // Failures surface through the GraphQL exception filter, which logs the unexpected ones.
    logging: false,
    extra: {
      max: 10,
      application_name: 'rpa-readiness',
      ...(limits.statementTimeoutMs ? { statement_timeout: limits.statementTimeoutMs } : {}),
    },
  };
}

export function createDataSource(url: string): DataSource {
  return new DataSource(dataSourceOptions(url));
}
