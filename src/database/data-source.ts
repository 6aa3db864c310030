import { DataSource, type DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../migrations/index.js';
import { ENTITIES } from './entities.js';
import { MIGRATIONS_TABLE } from './owner-rights.js';

/**
 * The one place that says how the application talks to PostgreSQL, but for the entities: the
 * application discovers them from its modules, the other data sources are given ENTITIES.
 * statementTimeoutMs bounds every statement of the application's connections.
 */
export function dataSourceOptions(url: string, limits: { statementTimeoutMs?: number } = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    migrations: MIGRATIONS,
    migrationsTableName: MIGRATIONS_TABLE,
    // All pending migrations or none (src/database/owner-rights.ts).
    migrationsTransactionMode: 'all',
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

/** A data source outside the application (migrations, restore, commands, tests), with every entity. */
export function createDataSource(url: string): DataSource {
  return new DataSource({ ...dataSourceOptions(url), entities: ENTITIES });
}
