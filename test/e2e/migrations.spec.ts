import { DataSource } from 'typeorm';
import { createDataSource } from '../../src/database/data-source.js';
import { ENTITIES } from '../../src/database/entities.js';
import { MIGRATIONS } from '../../migrations/index.js';
import { startTestApp } from '../helpers/test-app.js';
import { createEmptyDatabase, type TestDatabase } from '../helpers/test-database.js';

/** Tables filled by COPY and read by SQL, which have no entity. */
const BULK_TABLES = ['case_record', 'log_event', 'monthly_total'];

describe('migrations', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createEmptyDatabase();
  });

  afterAll(async () => {
    await database.drop();
  });

  it('bring an empty database to exactly the schema the entities describe', async () => {
    const dataSource = createDataSource(database.url);
    await dataSource.initialize();
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      expect(applied).toHaveLength(MIGRATIONS.length);

      const pending = await dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((query) => query.query)).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });

  it('revert cleanly down to an empty schema and apply again', async () => {
    const dataSource = createDataSource(database.url);
    await dataSource.initialize();
    try {
      for (let i = 0; i < MIGRATIONS.length; i += 1) {
        await dataSource.undoLastMigration({ transaction: 'each' });
      }
      const tables: { table_name: string }[] = await dataSource.query(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'schema_migration'",
      );
      expect(tables).toEqual([]);

      await dataSource.runMigrations({ transaction: 'each' });
      const pending = await dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });

  it('give the data sources outside the application the entities it discovers, one for every table but the bulk ones', async () => {
    const t = await startTestApp();
    try {
      const discovered = t.app.get(DataSource).entityMetadatas;
      const names = (targets: readonly (string | { name: string })[]) => targets.map((target) => (typeof target === 'string' ? target : target.name)).sort();
      expect(names(discovered.map((metadata) => metadata.target))).toEqual(names(ENTITIES));
      const { rows } = await t.owner.query<{ table_name: string }>(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'schema_migration'",
      );
      expect(rows.map((row) => row.table_name).sort()).toEqual([...discovered.map((metadata) => metadata.tableName), ...BULK_TABLES].sort());
    } finally {
      await t.close();
    }
  });
});
