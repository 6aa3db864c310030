import type { EntityManager } from 'typeorm';
import type { BaselineFigures } from './domain/baseline-figures.js';
import type { PeriodKind } from './domain/measurement.enums.js';

/** The latest period of one kind (BASELINE or AFTER) of a process that has figures, with them. */
export interface LatestPeriod {
  processId: string;
  kind: PeriodKind;
  periodId: string;
  label: string;
  /** YYYY-MM-DD. */
  startsOn: string;
  endsOn: string;
  serviceHoursPerWeek: number | null;
  /** The baseline method that computed the figures. */
  methodVersion: string;
  figures: BaselineFigures;
}

/**
 * The one rule for which period a process's evidence comes from: of each kind asked, the most
 * recent period with figures, by end date, then start date, then label. A score is built on the
 * latest BASELINE; a claim is tested on the latest BASELINE and AFTER. One query for any number
 * of processes, in process and kind order.
 */
export async function readLatestPeriods(manager: EntityManager, processIds: readonly string[], kinds: readonly PeriodKind[]): Promise<LatestPeriod[]> {
  const rows = await manager.query<(Omit<LatestPeriod, 'serviceHoursPerWeek'> & { serviceHoursPerWeek: string | null })[]>(
    `SELECT DISTINCT ON (b.process_id, p.kind) b.process_id AS "processId", p.kind, b.period_id AS "periodId", p.label,
            to_char(p.starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(p.ends_on, 'YYYY-MM-DD') AS "endsOn",
            p.service_hours_per_week AS "serviceHoursPerWeek", b.method_version AS "methodVersion", b.figures
       FROM baseline_figures b JOIN measurement_period p ON p.id = b.period_id
      WHERE b.process_id = ANY ($1::uuid[]) AND p.kind = ANY ($2::period_kind[])
      ORDER BY b.process_id, p.kind, p.ends_on DESC, p.starts_on DESC, p.label`,
    [[...processIds], [...kinds]],
  );
  return rows.map((row) => ({ ...row, serviceHoursPerWeek: row.serviceHoursPerWeek === null ? null : Number(row.serviceHoursPerWeek) }));
}
