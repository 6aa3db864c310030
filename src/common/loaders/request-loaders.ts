import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { DepartmentEntity } from '../../organizations/department.entity.js';
import { OrganizationEntity } from '../../organizations/organization.entity.js';
import { WorkflowStepEntity } from '../../processes/workflow-step.entity.js';

/**
 * Batching loaders, built fresh for every GraphQL request (so nothing is cached across users
 * or requests): a page of 100 processes asking for their steps costs one query, not 100.
 */
export interface RequestLoaders {
  organizationById: DataLoader<string, OrganizationEntity | undefined>;
  departmentById: DataLoader<string, DepartmentEntity | undefined>;
  departmentsByOrganizationId: DataLoader<string, DepartmentEntity[]>;
  stepsByProcessId: DataLoader<string, WorkflowStepEntity[]>;
}

export interface GraphQLContext {
  loaders: RequestLoaders;
}

function byId<T extends { id: string }>(ids: readonly string[], rows: T[]): (T | undefined)[] {
  const index = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => index.get(id));
}

function groupBy<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

export function createRequestLoaders(dataSource: DataSource): RequestLoaders {
  const organizations = dataSource.getRepository(OrganizationEntity);
  const departments = dataSource.getRepository(DepartmentEntity);
  const steps = dataSource.getRepository(WorkflowStepEntity);
  return {
    organizationById: new DataLoader(async (ids) =>
      byId(ids, await organizations.findBy({ id: In([...ids]) })),
    ),
    departmentById: new DataLoader(async (ids) =>
      byId(ids, await departments.findBy({ id: In([...ids]) })),
    ),
    departmentsByOrganizationId: new DataLoader(async (organizationIds) =>
      groupBy(
        organizationIds,
        await departments.find({
          where: { organizationId: In([...organizationIds]) },
          order: { name: 'ASC' },
        }),
        (department) => department.organizationId,
      ),
    ),
    stepsByProcessId: new DataLoader(async (processIds) =>
      groupBy(
        processIds,
        await steps.find({ where: { processId: In([...processIds]) }, order: { position: 'ASC' } }),
        (step) => step.processId,
      ),
    ),
  };
}
