import type { EntityManager } from 'typeorm';
import type { TenantDatabase } from '../tenancy/tenant-database.service.js';
import type { TenantScope } from '../tenancy/tenant-scope.js';

/** Runs a read in the request's tenant scope: row-level security applies as to the query itself. */
export type ScopedRead = <T>(work: (manager: EntityManager) => Promise<T>) => Promise<T>;

/**
 * A feature's batching loaders (DataLoaders), built from a request's scoped read. Each feature
 * declares its own set beside its resolvers; this module knows none of them.
 */
export type LoaderSet<T> = (read: ScopedRead) => T;

/**
 * The loaders of one GraphQL request, built fresh for every request (nothing is cached across
 * users or requests) and per feature on first use: a page of 100 processes asking for their
 * steps costs one query, not 100.
 */
export class RequestLoaders {
  private readonly built = new Map<LoaderSet<unknown>, unknown>();

  constructor(private readonly read: ScopedRead) {}

  of<T>(set: LoaderSet<T>): T {
    if (!this.built.has(set)) this.built.set(set, set(this.read));
    return this.built.get(set) as T;
  }
}

export function createRequestLoaders(database: TenantDatabase, scope: TenantScope): RequestLoaders {
  return new RequestLoaders((work) => database.run(scope, work));
}

/** Rows in the order of their ids (undefined where missing), as DataLoader expects. */
export function byId<T extends { id: string }>(ids: readonly string[], rows: T[]): (T | undefined)[] {
  return byKey(ids, rows, (row) => row.id);
}

export function byKey<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): (T | undefined)[] {
  const index = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => index.get(key));
}

/** Rows grouped by key, in the order of the keys (an empty list where none), as DataLoader expects. */
export function groupBy<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}
