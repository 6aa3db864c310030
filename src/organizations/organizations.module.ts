import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { DepartmentsResolver } from './departments.resolver.js';
import { OrganizationsResolver } from './organizations.resolver.js';
import { OrganizationsService } from './organizations.service.js';

@Module({
  imports: [AuthModule],
  providers: [OrganizationsService, OrganizationsResolver, DepartmentsResolver],
  exports: [OrganizationsService],
})
export class OrganizationsModule {}
