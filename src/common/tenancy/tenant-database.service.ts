import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
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
}
