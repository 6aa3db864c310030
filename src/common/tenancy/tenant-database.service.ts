import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type pg from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import { inlineParameters, type LiteralValue, sqlLiteral } from './sql-literal.js';
import type { TenantScope } from './tenant-scope.js';

/**
 * The only way services reach tenant data: each unit of work is one transaction whose
 * row-level-security settings (SET LOCAL, so they die with the transaction and never leak to
 * the next user of a pooled connection) name the organizations it may see.
 */
@Injectable()
export class TenantDatabase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  run<T>(scope: TenantScope, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(
        `SELECT set_config('app.organization_ids', $1, true),
                set_config('app.user_id', $2, true),
                set_config('app.all_organizations', $3, true)`,
        [`{${scope.organizationIds.join(',')}}`, scope.userId ?? '', scope.allOrganizations ? 'on' : 'off'],
      );
      return work(manager);
    });
  }

  /**
   * One read-only statement of our own under the scope, in a single round trip: the settings
   * and the statement travel as one multi-statement simple query, which PostgreSQL runs as
   * one implicit transaction (so the LOCAL settings hold for the statement and die with it).
   * For hot read paths such as the ranking, where BEGIN, SET, query and COMMIT would be four.
   */
  async readOnce<Row>(scope: TenantScope, text: string, values: readonly LiteralValue[]): Promise<Row[]> {
    const pool = (this.dataSource.driver as PostgresDriver).master as pg.Pool;
    const results = (await pool.query(scopedStatement(scope, text, values))) as unknown as pg.QueryResult[];
    return results[1].rows as Row[];
  }
}

/**
 * readOnce's text: the scope's three settings, then the statement with its values inlined, as
 * one simple query whose second result holds the rows. Exported for the ranking benchmark,
 * whose raw baseline must pay the same row-level security as the application.
 */
export function scopedStatement(scope: TenantScope, text: string, values: readonly LiteralValue[]): string {
  const settings = `SELECT set_config('app.organization_ids', ${sqlLiteral(`{${scope.organizationIds.join(',')}}`)}, true),
      set_config('app.user_id', ${sqlLiteral(scope.userId ?? '')}, true),
      set_config('app.all_organizations', ${sqlLiteral(scope.allOrganizations ? 'on' : 'off')}, true)`;
  return `${settings};\n${inlineParameters(text, values)}`;
}
