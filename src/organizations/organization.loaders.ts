import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { byId, groupBy, type LoaderSet } from '../common/loaders/request-loaders.js';
import { DepartmentEntity } from './department.entity.js';
import { OrganizationEntity } from './organization.entity.js';

export const organizationLoaders: LoaderSet<{
  organizationById: DataLoader<string, OrganizationEntity | undefined>;
  departmentById: DataLoader<string, DepartmentEntity | undefined>;
  departmentsByOrganizationId: DataLoader<string, DepartmentEntity[]>;
}> = (read) => ({
  organizationById: new DataLoader(async (ids) => byId(ids, await read((m) => m.findBy(OrganizationEntity, { id: In([...ids]) })))),
  departmentById: new DataLoader(async (ids) => byId(ids, await read((m) => m.findBy(DepartmentEntity, { id: In([...ids]) })))),
  departmentsByOrganizationId: new DataLoader(async (organizationIds) =>
    groupBy(
      organizationIds,
      await read((m) => m.find(DepartmentEntity, { where: { organizationId: In([...organizationIds]) }, order: { name: 'ASC' } })),
      (department) => department.organizationId,
    ),
  ),
});
