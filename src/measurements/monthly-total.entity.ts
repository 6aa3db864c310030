import { Column, Entity, PrimaryColumn } from 'typeorm';
import { numericToNumber } from '../database/numeric.transformer.js';

/** Totals of one month (MONTHLY_TOTALS grade): months are the sample units for variance. */
@Entity({ name: 'monthly_total' })
export class MonthlyTotalEntity {
  @PrimaryColumn({ name: 'period_id', type: 'uuid', primaryKeyConstraintName: 'monthly_total_pkey' })
  periodId: string;

  /** First day of the month. */
  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'monthly_total_pkey' })
  month: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  /** Part of the key so that an overlapping import is reported as such, not as a key violation. */
  @PrimaryColumn({ name: 'import_id', type: 'uuid', primaryKeyConstraintName: 'monthly_total_pkey' })
  importId: string;

  @Column({ type: 'integer' })
  cases: number;

  @Column({ name: 'handling_minutes', type: 'numeric', precision: 14, scale: 2, nullable: true, transformer: numericToNumber })
  handlingMinutes: number | null;

  @Column({ name: 'cases_with_errors', type: 'integer', nullable: true })
  casesWithErrors: number | null;
}
