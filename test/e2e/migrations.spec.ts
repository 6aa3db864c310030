import { createDataSource } from '../../src/database/data-source.js';
import { MIGRATIONS } from '../../migrations/index.js';
import { createEmptyDatabase, type TestDatabase } from '../helpers/test-database.js';

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
});
