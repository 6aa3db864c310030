import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { featureEntities } from '../database/feature-entities.js';
import { ScoringModule } from '../scoring/scoring.module.js';
import { BaselineFiguresEntity } from './baseline-figures.entity.js';
import { BaselinesModule } from './baselines.module.js';
import { MeasurementImportEntity } from './measurement-import.entity.js';
import { MeasurementPeriodEntity } from './measurement-period.entity.js';
import { MeasurementImporter } from './measurement-importer.service.js';
import { MeasurementsResolver, ProcessMeasurementsResolver } from './measurements.resolver.js';
import { MeasurementsService } from './measurements.service.js';
import { PeriodReader } from './period-reader.service.js';
import { UploadRoute } from './upload.route.js';
import { ZoneOffsetsLoader } from './zone-offsets.loader.js';

@Module({
  imports: [AuthModule, ScoringModule, BaselinesModule, featureEntities(MeasurementPeriodEntity, MeasurementImportEntity, BaselineFiguresEntity)],
  providers: [MeasurementsService, MeasurementImporter, MeasurementsResolver, ProcessMeasurementsResolver, UploadRoute, ZoneOffsetsLoader, PeriodReader],
  exports: [PeriodReader],
})
export class MeasurementsModule {}
