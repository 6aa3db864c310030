import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { DepartmentsResolver } from './departments.resolver.js';
import { OrganizationsResolver } from './organizations.resolver.js';
import { OrganizationReader } from './organization-reader.service.js';
import { OrganizationsService } from './organizations.service.js';

@Module({
  imports: [AuthModule],
  providers: [OrganizationsService, OrganizationsResolver, DepartmentsResolver, OrganizationReader],
  exports: [OrganizationsService, OrganizationReader],
})
export class OrganizationsModule {}
