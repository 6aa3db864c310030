import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { featureEntities } from '../database/feature-entities.js';
import { DepartmentEntity } from './department.entity.js';
import { DepartmentsResolver } from './departments.resolver.js';
import { OrganizationsResolver } from './organizations.resolver.js';
import { OrganizationEntity } from './organization.entity.js';
import { OrganizationReader } from './organization-reader.service.js';
import { OrganizationsService } from './organizations.service.js';

@Module({
  imports: [AuthModule, featureEntities(OrganizationEntity, DepartmentEntity)],
  providers: [OrganizationsService, OrganizationsResolver, DepartmentsResolver, OrganizationReader],
  exports: [OrganizationsService, OrganizationReader],
})
export class OrganizationsModule {}
