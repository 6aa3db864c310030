import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { BaselineFigures } from './domain/baseline-figures.js';
import { EvidenceGrade } from './domain/measurement.enums.js';
import { MeasurementPeriodEntity } from './measurement-period.entity.js';

/**
 * Cached baseline statistics of one period, recomputed in the transaction that changes the
 * period's data, so reading a baseline never rescans the measurements.
 */
@Entity({ name: 'baseline_figures' })
export class BaselineFiguresEntity {
  @PrimaryColumn({ name: 'period_id', type: 'uuid', primaryKeyConstraintName: 'baseline_figures_pkey' })
  periodId: string;

  /** Goes with its period (and so with its process). */
  @ManyToOne(() => MeasurementPeriodEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'period_id', foreignKeyConstraintName: 'baseline_figures_period_fkey' })
  period?: MeasurementPeriodEntity;

  @Index('baseline_figures_organization_idx')
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Index('baseline_figures_process_idx')
  @Column({ name: 'process_id', type: 'uuid' })
  processId: string;

  @Column({ name: 'method_version', type: 'text' })
  methodVersion: string;

  @Column({ type: 'enum', enum: EvidenceGrade, enumName: 'evidence_grade' })
  grade: EvidenceGrade;

  @Column({ type: 'jsonb' })
  figures: BaselineFigures;

  @Column({ name: 'computed_at', type: 'timestamptz' })
  computedAt: Date;
}
