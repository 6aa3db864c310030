import { Injectable } from '@nestjs/common';
import { ForbiddenError, authorize } from '../auth/access.js';
import { type Actor, memberScope, platformScope, visibleScope } from '../auth/domain/actor.js';
import { Permission } from '../auth/domain/permissions.js';
import { Role } from '../auth/domain/role.js';
import { MembershipEntity } from '../auth/membership.entity.js';
import { ConflictError, NotFoundError } from '../common/errors/domain-error.js';
import { DEFAULT_PAGE_SIZE, type Page, pageByName } from '../common/pagination/connection.js';
import { AuthService } from '../auth/auth.service.js';
import { TenantDatabase } from '../common/tenancy/tenant-database.service.js';
import { isRecordId } from '../common/validation/uuid.js';
import { ProcessEntity } from '../processes/process.entity.js';
import { DepartmentEntity } from './department.entity.js';
import type { CreateDepartmentInput, UpdateDepartmentInput } from './dtos/department.input.js';
import type { CreateOrganizationInput, UpdateOrganizationInput } from './dtos/organization.input.js';
import { OrganizationEntity } from './organization.entity.js';

@Injectable()
export class OrganizationsService {
  constructor(
    private readonly database: TenantDatabase,
    private readonly auth: AuthService,
  ) {}

  /** The organizations the caller belongs to (all of them for a platform administrator). */
  list(actor: Actor, first: number | null = DEFAULT_PAGE_SIZE, after?: string | null): Promise<Page<OrganizationEntity>> {
    return this.database.run(visibleScope(actor), (manager) =>
      pageByName(manager.createQueryBuilder(OrganizationEntity, 'o'), 'o', first, after, isRecordId),
    );
  }

  get(actor: Actor, id: string): Promise<OrganizationEntity> {
    return this.database.run(visibleScope(actor), async (manager) => {
      const organization = isRecordId(id) ? await manager.findOneBy(OrganizationEntity, { id }) : null;
      if (!organization) throw new NotFoundError('organization', id);
      return organization;
    });
  }

  /** Platform administrators only; the creator becomes the new organization's ADMIN. */
  async create(actor: Actor, input: CreateOrganizationInput): Promise<OrganizationEntity> {
    if (!actor.platformAdmin) throw new ForbiddenError('only a platform administrator can create organizations');
    const created = await this.database.run(platformScope(actor), async (manager) => {
      const organization = await manager.save(OrganizationEntity, manager.create(OrganizationEntity, input));
      await manager.insert(MembershipEntity, { organizationId: organization.id, userId: actor.userId, role: Role.ADMIN });
      return organization;
    });
    // The creator's next request must see the new membership.
    this.auth.forgetAccount(actor.userId);
    return created;
  }

  update(actor: Actor, id: string, input: UpdateOrganizationInput): Promise<OrganizationEntity> {
    return this.database.run(visibleScope(actor), async (manager) => {
      const organization = isRecordId(id) ? await manager.findOneBy(OrganizationEntity, { id }) : null;
      if (!organization) throw new NotFoundError('organization', id);
      authorize(actor, id, Permission.EDIT_ORGANIZATION);
      return manager.save(OrganizationEntity, manager.merge(OrganizationEntity, organization, input));
    });
  }

  /** Platform administrators only, and only once no process is left. */
  delete(actor: Actor, id: string): Promise<OrganizationEntity> {
    if (!actor.platformAdmin) throw new ForbiddenError('only a platform administrator can delete organizations');
    return this.database.run(platformScope(actor), async (manager) => {
      const organization = isRecordId(id)
        ? await manager.findOne(OrganizationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!organization) throw new NotFoundError('organization', id);
      const processCount = await manager.countBy(ProcessEntity, { organizationId: id });
      if (processCount > 0) {
        throw new ConflictError(`organization still has ${processCount} process(es); delete or move them first`);
      }
      await manager.delete(OrganizationEntity, { id });
      return organization;
    });
  }

  createDepartment(actor: Actor, input: CreateDepartmentInput): Promise<DepartmentEntity> {
    authorize(actor, input.organizationId, Permission.MANAGE_DEPARTMENTS, 'input.organizationId');
    return this.database.run(memberScope(actor), (manager) =>
      manager.save(DepartmentEntity, manager.create(DepartmentEntity, input)),
    );
  }

  updateDepartment(actor: Actor, id: string, input: UpdateDepartmentInput): Promise<DepartmentEntity> {
    return this.database.run(memberScope(actor), async (manager) => {
      const department = await this.findDepartment(manager, id);
      authorize(actor, department.organizationId, Permission.MANAGE_DEPARTMENTS);
      return manager.save(DepartmentEntity, manager.merge(DepartmentEntity, department, input));
    });
  }

  deleteDepartment(actor: Actor, id: string): Promise<DepartmentEntity> {
    return this.database.run(memberScope(actor), async (manager) => {
      const department = await this.findDepartment(manager, id);
      authorize(actor, department.organizationId, Permission.MANAGE_DEPARTMENTS);
      const processCount = await manager.countBy(ProcessEntity, { departmentId: id });
      if (processCount > 0) {
        throw new ConflictError(`department still has ${processCount} process(es); move them to another department first`);
      }
      await manager.delete(DepartmentEntity, { id });
      return department;
    });
  }

  private async findDepartment(manager: import('typeorm').EntityManager, id: string): Promise<DepartmentEntity> {
    const department = isRecordId(id) ? await manager.findOneBy(DepartmentEntity, { id }) : null;
    if (!department) throw new NotFoundError('department', id);
    return department;
  }
}
