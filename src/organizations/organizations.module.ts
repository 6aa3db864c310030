import { Module } from '@nestjs/common';
import { DepartmentsResolver } from './departments.resolver.js';
import { OrganizationsResolver } from './organizations.resolver.js';
import { OrganizationsService } from './organizations.service.js';

@Module({
  providers: [OrganizationsService, OrganizationsResolver, DepartmentsResolver],
  exports: [OrganizationsService],
})
export class OrganizationsModule {}
