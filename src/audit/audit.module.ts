import { Module } from '@nestjs/common';
import { featureEntities } from '../database/feature-entities.js';
import { AuditLogEntity } from './audit-log.entity.js';
import { AuditResolver } from './audit.resolver.js';
import { AuditService } from './audit.service.js';

@Module({ imports: [featureEntities(AuditLogEntity)], providers: [AuditService, AuditResolver] })
export class AuditModule {}
