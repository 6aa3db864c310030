import type { EntityManager } from 'typeorm';
import { MeasurementImportEntity } from './measurement-import.entity.js';

/** The COPY-loaded tables (plain SQL, no entities): rows of every import of a period. */
export const BULK_TABLES = ['case_record', 'log_event', 'monthly_total'] as const;

/** Removes one import with all its rows; the caller refreshes the period's baseline. */
export async function deleteImport(manager: EntityManager, periodId: string, importId: string): Promise<void> {
  for (const table of BULK_TABLES) {
    await manager.query(`DELETE FROM ${table} WHERE period_id = $1 AND import_id = $2`, [periodId, importId]);
  }
  await manager.delete(MeasurementImportEntity, { id: importId });
}
