import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import 'reflect-metadata';
import { loadConfig } from '../config/app-config.js';
import { openDatabase } from './database-connection.js';
import { createDataSource } from './data-source.js';
import { migrateAsOwner } from './owner-rights.js';
import { renderMigration } from './migration-template.js';

const USAGE = 'usage: npm run migration:run | migration:revert | migration:generate -- <VerbNoun>';

/** Runs from the project root (npm scripts do), where migrations/ holds the sources. */
async function generate(
  name: string | undefined,
  up: string[],
  down: string[],
): Promise<string | undefined> {
  if (name === undefined || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    throw new Error(`a migration needs a VerbNoun name in PascalCase, e.g. AddClaimTable\n${USAGE}`);
  }
  if (up.length === 0) return undefined;
  const timestamp = Date.now();
  const fileName = `${timestamp}-${name}`;
  const className = `${name}${timestamp}`;
  await writeFile(path.join('migrations', `${fileName}.ts`), renderMigration(className, up, down));
  const indexPath = path.join('migrations', 'index.ts');
  const index = await readFile(indexPath, 'utf8');
  const withImport = `import { ${className} } from './${fileName}.js';\n${index}`;
  await writeFile(indexPath, withImport.replace(/\[([^\]]*)\];/, (_m, list: string) => {
    const names = list.split(',').map((entry) => entry.trim()).filter(Boolean);
    return `[${[...names, className].join(', ')}];`;
  }));
  return fileName;
}

async function main(): Promise<void> {
  const [command, name] = process.argv.slice(2);
  const config = loadConfig();
  const database = await openDatabase(config);
  const dataSource = createDataSource(database.url);
  try {
    await dataSource.initialize();
    if (command === 'run') {
      const applied = await migrateAsOwner(dataSource, { givingAppLogin: false });
      console.log(`applied ${applied.length} migration(s)${applied.map((name) => `\n  ${name}`).join('')}`);
    } else if (command === 'revert') {
      await dataSource.undoLastMigration({ transaction: 'each' });
      console.log('reverted the last migration');
    } else if (command === 'generate') {
      const sql = await dataSource.driver.createSchemaBuilder().log();
      const file = await generate(
        name,
        sql.upQueries.map((query) => query.query),
        sql.downQueries.map((query) => query.query).reverse(),
      );
      console.log(file ? `wrote migrations/${file}.ts: review it before committing` : 'no changes: entities and migrations agree');
    } else {
      throw new Error(USAGE);
    }
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
