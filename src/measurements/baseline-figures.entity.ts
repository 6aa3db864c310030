import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { BaselineFigures } from './domain/baseline-figures.js';
import { EvidenceGrade } from './measurement.enums.js';

/**
 * Cached baseline statistics of one period, recomputed in the transaction that changes the
 * period's data, so reading a baseline never rescans the measurements.
 */
@Entity({ name: 'baseline_figures' })
export class BaselineFiguresEntity {
  @PrimaryColumn({ name: 'period_id', type: 'uuid', primaryKeyConstraintName: 'baseline_figures_pkey' })
  periodId: string;

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
