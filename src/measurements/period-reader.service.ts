import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import type { PeriodKind } from './domain/measurement.enums.js';
import { MeasurementImportEntity } from './measurement-import.entity.js';
import { MeasurementPeriodEntity } from './measurement-period.entity.js';

/** A file (or request) imported into a period. */
export interface ImportSummary {
  fileName: string | null;
  /** SHA-256 of the bytes as received; null only while the import is being written. */
  contentHash: string | null;
  rowCount: number;
}

/** A measurement period as other features show it, with what was imported into it, oldest first. */
export interface PeriodSummary {
  id: string;
  kind: PeriodKind;
  label: string;
  /** YYYY-MM-DD. */
  startsOn: string;
  endsOn: string;
  imports: ImportSummary[];
}

/** Measurement periods as other features (the reports) read them: plain data, never the entities. */
@Injectable()
export class PeriodReader {
  /** The periods of these ids that still exist, in the caller's transaction; a deleted one is left out. */
  async periods(manager: EntityManager, periodIds: readonly string[]): Promise<PeriodSummary[]> {
    if (periodIds.length === 0) return [];
    const ids = [...periodIds];
    const periods = await manager.findBy(MeasurementPeriodEntity, { id: In(ids) });
    const imports = await manager.find(MeasurementImportEntity, { where: { periodId: In(ids) }, order: { createdAt: 'ASC', id: 'ASC' } });
    return periods.map((period) => ({
      id: period.id,
      kind: period.kind,
      label: period.label,
      startsOn: period.startsOn,
      endsOn: period.endsOn,
      imports: imports
        .filter((entry) => entry.periodId === period.id)
        .map((entry) => ({ fileName: entry.fileName, contentHash: entry.contentHash, rowCount: entry.rowCount })),
    }));
  }
}
