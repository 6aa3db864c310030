import type pg from 'pg';
import { MIGRATIONS_TABLE } from '../database/owner-rights.js';

export interface TableColumns {
  table: string;
  columns: string[];
}


/**
 * Every table of the schema with its stored columns (generated ones left out), parents before the
 * tables that refer to them, read from the catalogue: a new table is backed up without a change here.
 */
export async function schemaTables(client: pg.ClientBase): Promise<TableColumns[]> {
  const { rows } = await client.query<{ table: string; columns: string[]; parents: string[] }>(
    `SELECT c.relname AS table,
            ARRAY(SELECT a.attname FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '' ORDER BY a.attnum)::text[] AS columns,
            ARRAY(SELECT DISTINCT p.relname FROM pg_constraint f JOIN pg_class p ON p.oid = f.confrelid
                   WHERE f.conrelid = c.oid AND f.contype = 'f' AND f.confrelid <> c.oid)::text[] AS parents
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> $1
      ORDER BY c.relname`,
    [MIGRATIONS_TABLE],
  );
  // Parents first (Kahn's algorithm, ties by name so the order is the same every time).
  const ordered: TableColumns[] = [];
  const placed = new Set<string>();
  const remaining = [...rows];
  while (remaining.length > 0) {
    const ready = remaining.filter((row) => row.parents.every((parent) => placed.has(parent) || !rows.some((other) => other.table === parent)));
    if (ready.length === 0) throw new Error(`foreign keys form a cycle among ${remaining.map((row) => row.table).join(', ')}`);
    for (const row of ready) {
      ordered.push({ table: row.table, columns: row.columns });
      placed.add(row.table);
      remaining.splice(remaining.indexOf(row), 1);
    }
  }
  return ordered;
}

export async function appliedMigrations(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(`SELECT name FROM ${MIGRATIONS_TABLE} ORDER BY id`);
  return rows.map((row) => row.name);
}

export const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;
