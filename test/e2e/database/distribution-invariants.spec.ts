import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { createMigratedDatabase, type TestDatabase } from '../../helpers/test-database.js';

/**
 * The schema invariants docs/scaling.md relies on to distribute the tenant tables by
 * organization_id (Citus), read from the catalogue of a migrated database, so a new table or
 * constraint is checked without editing this test:
 * - every table is placed in the doc (distributed, reference or local);
 * - a distributed table has a non-null organization_id, and its primary key, unique constraints
 *   and unique indexes include it; a foreign key between distributed tables includes it on both
 *   sides; no reference or local table points at a distributed one;
 * - what breaks an invariant is listed in the doc's exceptions with a reason, and an exception
 *   that no longer breaks one leaves the list.
 */
const DOC = 'docs/scaling.md';

type Placement = 'distributed' | 'reference' | 'local';

/** The rows of the doc's table under `heading`: backticked name in the first column, then the cells. */
async function docTable(heading: string): Promise<string[][]> {
  const doc = await readFile(DOC, 'utf8');
  const start = doc.indexOf(`## ${heading}\n`);
  if (start < 0) throw new Error(`${DOC} has no section "${heading}"`);
  const end = doc.indexOf('\n## ', start + 1);
  const section = doc.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(/^\| `([a-z0-9_]+)` \|(.*)\|\s*$/gm)].map((match) => [match[1], ...match[2].split('|').map((cell) => cell.trim())]);
}

interface Key {
  name: string;
  table: string;
  kind: 'p' | 'u' | 'f' | 'i';
  columns: string[];
  referenced: string | null;
  referencedColumns: string[] | null;
}

describe('the schema is ready to be distributed by organization_id (docs/scaling.md)', () => {
  let database: TestDatabase;
  let client: pg.Client;
  let tables: string[];
  let placement: Map<string, Placement>;
  let exceptions: string[];

  beforeAll(async () => {
    database = await createMigratedDatabase();
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const { rows } = await client.query<{ table: string }>(
      "SELECT c.relname AS table FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY 1",
    );
    tables = rows.map((row) => row.table);
    placement = new Map((await docTable('Where each table goes')).map(([name, where]) => [name, where as Placement]));
    exceptions = (await docTable('Exceptions to the distribution invariants')).map(([name]) => name).sort();
  });

  afterAll(async () => {
    await client?.end();
    await database?.drop();
  });

  const distributed = () => tables.filter((table) => placement.get(table) === 'distributed');

  it('places every table of the schema, and only those, as distributed, reference or local', () => {
    expect([...placement.keys()].sort()).toEqual(tables);
    expect([...new Set(placement.values())].sort()).toEqual(['distributed', 'local', 'reference']);
    expect(distributed()).toEqual(expect.arrayContaining(['process', 'candidate_score', 'case_record', 'log_event']));
  });

  it('gives every distributed table a non-null organization_id', async () => {
    const { rows } = await client.query<{ table: string; nullable: string | null }>(
      `SELECT t.name AS table, col.is_nullable AS nullable FROM unnest($1::text[]) AS t(name)
         LEFT JOIN information_schema.columns col ON col.table_schema = 'public' AND col.table_name = t.name AND col.column_name = 'organization_id'`,
      [distributed()],
    );
    expect(rows.filter((row) => row.nullable !== 'NO').map((row) => row.table)).toEqual([]);
  });

  it('keeps organization_id in the keys of distributed tables and between them, except where the doc says why not', async () => {
    const { rows: keys } = await client.query<Key>(
      `SELECT con.conname AS name, rel.relname AS table, con.contype AS kind,
              ARRAY(SELECT a.attname FROM unnest(con.conkey) k JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k)::text[] AS columns,
              ref.relname AS referenced,
              CASE WHEN con.confrelid <> 0 THEN ARRAY(SELECT a.attname FROM unnest(con.confkey) k JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k)::text[] END AS "referencedColumns"
         FROM pg_constraint con JOIN pg_class rel ON rel.oid = con.conrelid LEFT JOIN pg_class ref ON ref.oid = con.confrelid
         JOIN pg_namespace n ON n.oid = rel.relnamespace
        WHERE n.nspname = 'public' AND con.contype IN ('p', 'u', 'f')
       UNION ALL
       SELECT i.relname, t.relname, 'i', ARRAY(SELECT a.attname FROM unnest(ix.indkey) k JOIN pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = k)::text[], NULL, NULL
         FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class t ON t.oid = ix.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE n.nspname = 'public' AND ix.indisunique AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = ix.indexrelid)
        ORDER BY 1`,
    );
    const isDistributed = (table: string | null) => table !== null && placement.get(table) === 'distributed';
    const breaking = keys.filter((key) => {
      if (key.kind !== 'f') return isDistributed(key.table) && !key.columns.includes('organization_id');
      // Citus allows no foreign key from a reference or local table to a distributed one.
      if (!isDistributed(key.table)) return isDistributed(key.referenced);
      // To a reference table (organization, app_user): allowed as it is.
      if (!isDistributed(key.referenced)) return false;
      const position = key.columns.indexOf('organization_id');
      return position < 0 || key.referencedColumns?.[position] !== 'organization_id';
    });
    expect(keys.filter((key) => isDistributed(key.table)).length).toBeGreaterThan(distributed().length);
    expect(breaking.map((key) => key.name).sort()).toEqual(exceptions);
  });
});
