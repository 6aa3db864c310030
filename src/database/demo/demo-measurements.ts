import type { EntityManager } from 'typeorm';
import { refreshBaseline } from '../../measurements/baseline.calculator.js';
import { EvidenceGrade, ImportFormat, PeriodKind } from '../../measurements/domain/measurement.enums.js';
import { MeasurementImportEntity } from '../../measurements/measurement-import.entity.js';
import { MeasurementPeriodEntity } from '../../measurements/measurement-period.entity.js';
import type { ProcessEntity } from '../../processes/process.entity.js';
import { DEMO_PILOT_EFFECTS } from '../../claims/domain/synthetic-pilot.js';

/** One generated period of invoices; every number is ILLUSTRATIVE, chosen for the demo. */
interface DemoPeriodSpec {
  kind: PeriodKind;
  label: string;
  startsOn: string;
  endsOn: string;
  /** The first receiving day and how many days invoices arrive over. */
  firstDay: string;
  days: number;
  serviceHoursPerWeek: string;
  cases: number;
  caseRefPrefix: string;
  /** Handling minutes are uniform-ish between min and min + spread (mean min + spread / 2). */
  minMinutes: number;
  spreadMinutes: number;
  /** Hours to the first response are uniform between 0 and this (mean half of it). */
  maxReactionHours: number;
  errorRate: number;
  fileName: string;
  hashTag: string;
}

/**
 * The demo's 2025 baseline of the invoice process: 22 000 invoices (an illustrative volume for a
 * town of ~50 000): handling 5-15 min (mean ~10), received in working hours, started within
 * 2 days, completed within 10, ~4% with an error, ~2% reworked, 70% KSeF, 40 service hours a week.
 */
export const DEMO_BASELINE: DemoPeriodSpec = {
  kind: PeriodKind.BASELINE,
  label: '2025 (generated demo data)',
  startsOn: '2025-01-01',
  endsOn: '2025-12-31',
  firstDay: '2025-01-02',
  days: 362,
  serviceHoursPerWeek: '40.0',
  cases: 22_000,
  caseRefPrefix: 'FV/2025/',
  minMinutes: 5,
  spreadMinutes: 10,
  maxReactionHours: 48,
  errorRate: 0.04,
  fileName: 'demo-invoices-2025 (generated)',
  hashTag: 'demo',
};

/**
 * The pilot that followed: March-August 2026 with a bot, 9 000 invoices. The TRUE effects built
 * in (src/claims/domain/synthetic-pilot.ts, DEMO_PILOT_EFFECTS): handling time -55% (mean 10 ->
 * 4.5 min), errors -60% (4% -> 1.6%), reaction time -20% (mean 24 -> 19.2 h), service hours
 * 40 -> 60 a week (+50%: the bot takes in e-invoices after hours).
 */
export const DEMO_PILOT: DemoPeriodSpec = {
  kind: PeriodKind.AFTER,
  label: '2026 pilot (generated demo data)',
  startsOn: '2026-03-01',
  endsOn: '2026-08-31',
  firstDay: '2026-03-02',
  days: 182,
  serviceHoursPerWeek: '60.0',
  cases: 9_000,
  caseRefPrefix: 'FV/2026/',
  minMinutes: 5 * (1 - DEMO_PILOT_EFFECTS.handlingTime),
  spreadMinutes: 10 * (1 - DEMO_PILOT_EFFECTS.handlingTime),
  maxReactionHours: 48 * (1 - DEMO_PILOT_EFFECTS.reactionTime),
  errorRate: 0.04 * (1 - DEMO_PILOT_EFFECTS.errorRate),
  fileName: 'demo-invoices-2026-pilot (generated)',
  hashTag: 'pilot',
};

/**
 * Generates one period of invoices deterministically in SQL from md5 of the case number, so
 * every fresh demo shows the same figures, and computes its baseline figures.
 */
export async function seedDemoPeriod(manager: EntityManager, invoices: ProcessEntity, spec: DemoPeriodSpec): Promise<void> {
  const period = await manager.save(
    MeasurementPeriodEntity,
    manager.create(MeasurementPeriodEntity, {
      organizationId: invoices.organizationId,
      processId: invoices.id,
      kind: spec.kind,
      label: spec.label,
      startsOn: spec.startsOn,
      endsOn: spec.endsOn,
      serviceHoursPerWeek: spec.serviceHoursPerWeek,
    }),
  );
  const record = await manager.save(
    MeasurementImportEntity,
    manager.create(MeasurementImportEntity, {
      organizationId: invoices.organizationId,
      periodId: period.id,
      grade: EvidenceGrade.CASE_SAMPLE,
      format: ImportFormat.CASE_CSV,
      fileName: spec.fileName,
      contentHash: spec.hashTag.padEnd(64, '0'),
      rowCount: spec.cases,
    }),
  );
  // The scope guard of the bulk tables checks every new row's organization.
  await manager.query("SELECT set_config('app.organization_ids', $1, true)", [`{${invoices.organizationId}}`]);
  await manager.query(
    `WITH r AS (
       SELECT i, ('x' || substr(md5($4 || i::text), 1, 8))::bit(32)::bigint / 4294967296.0 AS u1,
                 ('x' || substr(md5($4 || i::text), 9, 8))::bit(32)::bigint / 4294967296.0 AS u2,
                 ('x' || substr(md5($4 || i::text), 17, 8))::bit(32)::bigint / 4294967296.0 AS u3,
                 ('x' || substr(md5($4 || i::text), 25, 8))::bit(32)::bigint / 4294967296.0 AS u4
         FROM generate_series(1, $5::int) AS i
     ), t AS (
       SELECT i, u1, u2, u3, u4,
              ($6::date::timestamp AT TIME ZONE 'Europe/Warsaw') + interval '8 hours'
                + (floor(u1 * $7) || ' days')::interval + (floor(u2 * 8 * 60) || ' minutes')::interval AS received
         FROM r
     )
     INSERT INTO case_record (organization_id, period_id, import_id, line, case_ref, received_at, started_at, completed_at,
                              handling_minutes, errors, rework, channel)
     SELECT $1, $2, $3, i + 1, $4 || i, received,
            received + ((u3 * $10) || ' hours')::interval,
            received + ((u3 * $10 + 2 + u4 * 190) || ' hours')::interval,
            round(($8 + $9 * (u2 + u4) / 2)::numeric, 2),
            CASE WHEN u4 < $11 THEN 1 ELSE 0 END,
            CASE WHEN u3 < 0.02 THEN 1 ELSE 0 END,
            CASE WHEN u1 < 0.7 THEN 'KSeF' ELSE 'e-mail' END
       FROM t`,
    [invoices.organizationId, period.id, record.id, spec.caseRefPrefix, spec.cases, spec.firstDay, spec.days,
      spec.minMinutes, spec.spreadMinutes, spec.maxReactionHours, spec.errorRate],
  );
  await refreshBaseline(manager, period);
}
