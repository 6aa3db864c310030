import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { createMigratedDatabase, type TestDatabase } from '../../helpers/test-database.js';

/**
 * The schema invariants docs/scaling.md relies on to distribute tenant tables by organization_id
 * (Citus), read from the catalogue of a migrated database, so a new table or constraint is
 * checked without editing this test. Tenant tables are those under row-level security.
 * A constraint that breaks an invariant must be listed in the doc's exceptions with a reason;
 * an exception that no longer breaks one must leave the list.
 */
const DOC = 'docs/scaling.md';

/** Constraint names in the first column of the doc's exceptions table. */
async function documentedExceptions(): Promise<string[]> {
  const doc = await readFile(DOC, 'utf8');
  const section = /## Exceptions to the distribution invariants\n([\s\S]*?)(\n## |$)/.exec(doc)?.[1] ?? '';
  return [...section.matchAll(/^\| `([a-z0-9_]+)` \|/gm)].map((match) => match[1]).sort();
}

describe('the schema is ready to be distributed by organization_id', () => {
  let database: TestDatabase;
  let client: pg.Client;
  let tenantTables: string[];

  beforeAll(async () => {
    database = await createMigratedDatabase();
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const { rows } = await client.query<{ table: string }>(
      "SELECT c.relname AS table FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relrowsecurity ORDER BY 1",
    );
    tenantTables = rows.map((row) => row.table);
  });

  afterAll(async () => {
    await client?.end();
    await database?.drop();
  });

  it('finds the tenant tables under row-level security', () => {
    expect(tenantTables.length).toBeGreaterThan(10);
    expect(tenantTables).toEqual(expect.arrayContaining(['process', 'candidate_score', 'case_record']));
  });

  it('gives every tenant table a non-null organization_id', async () => {
    const { rows } = await client.query<{ table: string; nullable: string | null }>(
      `SELECT t.table, col.is_nullable AS nullable
         FROM unnest($1::text[]) AS t(table)
         LEFT JOIN information_schema.columns col ON col.table_schema = 'public' AND col.table_name = t.table AND col.column_name = 'organization_id'`,
      [tenantTables],
    );
    expect(rows.filter((row) => row.nullable !== 'NO').map((row) => row.table)).toEqual([]);
  });

  it('includes organization_id in every primary key, unique constraint and unique index of a tenant table, and in every foreign key between tenant tables, except those the doc lists', async () => {
    const { rows: keys } = await client.query<{ name: string; table: string; kind: string; columns: string[]; referenced: string | null; referencedColumns: string[] | null }>(
      `SELECT con.conname AS name, rel.relname AS table, con.contype AS kind,
              ARRAY(SELECT a.attname FROM unnest(con.conkey) k JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k)::text[] AS columns,
              ref.relname AS referenced,
              CASE WHEN con.confrelid <> 0 THEN ARRAY(SELECT a.attname FROM unnest(con.confkey) k JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k)::text[] END AS "referencedColumns"
         FROM pg_constraint con
         JOIN pg_class rel ON rel.oid = con.conrelid
         LEFT JOIN pg_class ref ON ref.oid = con.confrelid
        WHERE rel.relname = ANY ($1) AND con.contype IN ('p', 'u', 'f')
       UNION ALL
       SELECT i.relname, t.relname, 'i', ARRAY(SELECT a.attname FROM unnest(ix.indkey) k JOIN pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = k)::text[], NULL, NULL
         FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class t ON t.oid = ix.indrelid
        WHERE t.relname = ANY ($1) AND ix.indisunique AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = ix.indexrelid)
        ORDER BY 1`,
      [tenantTables],
    );
    const breaking = keys.filter((key) => {
      if (key.kind !== 'f') return !key.columns.includes('organization_id');
      // A foreign key to a table that is not a tenant table (organization, app_user) is one to a reference table.
      if (!key.referenced || !tenantTables.includes(key.referenced)) return false;
      const position = key.columns.indexOf('organization_id');
      return position < 0 || key.referencedColumns?.[position] !== 'organization_id';
    });
    expect(keys.length).toBeGreaterThan(tenantTables.length);
    expect(breaking.map((key) => key.name).sort()).toEqual(await documentedExceptions());
  });
});
