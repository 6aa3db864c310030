import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DepartmentEntity } from './department.entity.js';
import { OrganizationEntity } from './organization.entity.js';

export interface OrganizationSummary {
  id: string;
  name: string;
  /** The office's TERYT code (7 digits). */
  terytCode: string;
}

export interface DepartmentSummary {
  id: string;
  name: string;
}

/** Offices and their departments as other features (the reports) read them: plain data, never the entities. */
@Injectable()
export class OrganizationReader {
  /** An office the caller's transaction can see; throws when it cannot (the caller has checked access first). */
  async organization(manager: EntityManager, organizationId: string): Promise<OrganizationSummary> {
    const { id, name, terytCode } = await manager.findOneByOrFail(OrganizationEntity, { id: organizationId });
    return { id, name, terytCode };
  }

  /** An office's departments by name. */
  async departments(manager: EntityManager, organizationId: string): Promise<DepartmentSummary[]> {
    const departments = await manager.find(DepartmentEntity, { where: { organizationId }, order: { name: 'ASC', id: 'ASC' } });
    return departments.map(({ id, name }) => ({ id, name }));
  }
}
