import type { DepartmentEntity } from './department.entity.js';
import type { DepartmentType } from './dtos/department.type.js';
import type { OrganizationType } from './dtos/organization.type.js';
import type { OrganizationEntity } from './organization.entity.js';

export function toOrganizationType(entity: OrganizationEntity): OrganizationType {
  return {
    id: entity.id,
    name: entity.name,
    terytCode: entity.terytCode,
    kind: entity.kind,
    population: entity.population,
    currency: entity.currency,
    timeZone: entity.timeZone,
  };
}

export function toDepartmentType(entity: DepartmentEntity): DepartmentType {
  return { id: entity.id, organizationId: entity.organizationId, name: entity.name };
}
