import type { EntityManager } from 'typeorm';
import { refreshBaseline } from '../../measurements/baseline.calculator.js';
import { EvidenceGrade, ImportFormat, PeriodKind } from '../../measurements/measurement.enums.js';
import { MeasurementImportEntity } from '../../measurements/measurement-import.entity.js';
import { MeasurementPeriodEntity } from '../../measurements/measurement-period.entity.js';
import type { ProcessEntity } from '../../processes/process.entity.js';

/**
 * A measured baseline for the demo's invoice process: 22 000 invoices of 2025 (an illustrative
 * volume for a town of ~50 000), generated deterministically in SQL from md5 of the case number,
 * so every fresh demo shows the same figures: handling 5-15 min (mean ~10), received in working
 * hours, started within 2 days, completed within 10, ~4% with an error, ~2% reworked, 70% KSeF.
 */
export async function seedDemoBaseline(manager: EntityManager, invoices: ProcessEntity): Promise<void> {
  const period = await manager.save(
    MeasurementPeriodEntity,
    manager.create(MeasurementPeriodEntity, {
      organizationId: invoices.organizationId,
      processId: invoices.id,
      kind: PeriodKind.BASELINE,
      label: '2025 (generated demo data)',
      startsOn: '2025-01-01',
      endsOn: '2025-12-31',
      serviceHoursPerWeek: '40.0',
    }),
  );
  const record = await manager.save(
    MeasurementImportEntity,
    manager.create(MeasurementImportEntity, {
      organizationId: invoices.organizationId,
      periodId: period.id,
      grade: EvidenceGrade.CASE_SAMPLE,
      format: ImportFormat.CASE_CSV,
      fileName: 'demo-invoices-2025 (generated)',
      contentHash: 'demo'.padEnd(64, '0'),
      rowCount: 22_000,
    }),
  );
  // The scope guard of the bulk tables checks every new row's organization.
  await manager.query("SELECT set_config('app.organization_ids', $1, true)", [`{${invoices.organizationId}}`]);
  await manager.query(
    `WITH r AS (
       SELECT i, ('x' || substr(md5(i::text), 1, 8))::bit(32)::bigint / 4294967296.0 AS u1,
                 ('x' || substr(md5(i::text), 9, 8))::bit(32)::bigint / 4294967296.0 AS u2,
                 ('x' || substr(md5(i::text), 17, 8))::bit(32)::bigint / 4294967296.0 AS u3,
                 ('x' || substr(md5(i::text), 25, 8))::bit(32)::bigint / 4294967296.0 AS u4
         FROM generate_series(1, 22000) AS i
     ), t AS (
       SELECT i, u1, u2, u3, u4,
              timestamptz '2025-01-02 08:00 Europe/Warsaw' + (floor(u1 * 362) || ' days')::interval + (floor(u2 * 8 * 60) || ' minutes')::interval AS received
         FROM r
     )
     INSERT INTO case_record (organization_id, period_id, import_id, line, case_ref, received_at, started_at, completed_at,
                              handling_minutes, errors, rework, channel)
     SELECT $1, $2, $3, i + 1, 'FV/2025/' || i, received,
            received + ((u3 * 48) || ' hours')::interval,
            received + ((u3 * 48 + 2 + u4 * 190) || ' hours')::interval,
            round((5 + 10 * (u2 + u4) / 2)::numeric, 2),
            CASE WHEN u4 < 0.04 THEN 1 ELSE 0 END,
            CASE WHEN u3 < 0.02 THEN 1 ELSE 0 END,
            CASE WHEN u1 < 0.7 THEN 'KSeF' ELSE 'e-mail' END
       FROM t`,
    [invoices.organizationId, period.id, record.id],
  );
  await refreshBaseline(manager, period);
}
