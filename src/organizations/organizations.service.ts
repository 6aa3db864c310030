import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ConflictError, NotFoundError } from '../common/errors/domain-error.js';
import { decodeCursor, DEFAULT_PAGE_SIZE, type Page, toPage } from '../common/pagination/connection.js';
import { isRecordId } from '../common/validation/uuid.js';
import { ProcessEntity } from '../processes/process.entity.js';
import { DepartmentEntity } from './department.entity.js';
import type { CreateDepartmentInput, UpdateDepartmentInput } from './dtos/department.input.js';
import type { CreateOrganizationInput, UpdateOrganizationInput } from './dtos/organization.input.js';
import { OrganizationEntity } from './organization.entity.js';

@Injectable()
export class OrganizationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get organizations() {
    return this.dataSource.getRepository(OrganizationEntity);
  }

  private get departments() {
    return this.dataSource.getRepository(DepartmentEntity);
  }

  async list(first: number | null = DEFAULT_PAGE_SIZE, after?: string | null): Promise<Page<OrganizationEntity>> {
    const query = this.organizations.createQueryBuilder('o').orderBy('o.name').addOrderBy('o.id');
    const totalCount = await query.getCount();
    if (after != null) {
      const cursor = decodeCursor(after);
      query.where('(o.name, o.id) > (:key, :id)', { key: cursor.key, id: cursor.id });
    }
    const pageSize = first ?? DEFAULT_PAGE_SIZE;
    const rows = await query.take(pageSize + 1).getMany();
    return toPage(rows, pageSize, totalCount, (o) => ({ key: o.name, id: o.id }), (o) => o);
  }

  async get(id: string): Promise<OrganizationEntity> {
    const organization = isRecordId(id) ? await this.organizations.findOneBy({ id }) : null;
    if (!organization) throw new NotFoundError('organization', id);
    return organization;
  }

  create(input: CreateOrganizationInput): Promise<OrganizationEntity> {
    return this.organizations.save(this.organizations.create(input));
  }

  async update(id: string, input: UpdateOrganizationInput): Promise<OrganizationEntity> {
    const organization = await this.get(id);
    return this.organizations.save(this.organizations.merge(organization, input));
  }

  async delete(id: string): Promise<OrganizationEntity> {
    return this.dataSource.transaction(async (manager) => {
      const organization = isRecordId(id)
        ? await manager.findOne(OrganizationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!organization) throw new NotFoundError('organization', id);
      const processCount = await manager.countBy(ProcessEntity, { organizationId: id });
      if (processCount > 0) {
        throw new ConflictError(
          `organization still has ${processCount} process(es); delete or move them first`,
        );
      }
      await manager.delete(OrganizationEntity, { id });
      return organization;
    });
  }

  async getDepartment(id: string): Promise<DepartmentEntity> {
    const department = isRecordId(id) ? await this.departments.findOneBy({ id }) : null;
    if (!department) throw new NotFoundError('department', id);
    return department;
  }

  async createDepartment(input: CreateDepartmentInput): Promise<DepartmentEntity> {
    const exists = await this.organizations.existsBy({ id: input.organizationId });
    if (!exists) throw new NotFoundError('organization', input.organizationId, 'input.organizationId');
    return this.departments.save(this.departments.create(input));
  }

  async updateDepartment(id: string, input: UpdateDepartmentInput): Promise<DepartmentEntity> {
    const department = await this.getDepartment(id);
    return this.departments.save(this.departments.merge(department, input));
  }

  async deleteDepartment(id: string): Promise<DepartmentEntity> {
    const department = await this.getDepartment(id);
    const processCount = await this.dataSource
      .getRepository(ProcessEntity)
      .countBy({ departmentId: id });
    if (processCount > 0) {
      throw new ConflictError(
        `department still has ${processCount} process(es); move them to another department first`,
      );
    }
    await this.departments.delete({ id });
    return department;
  }
}
