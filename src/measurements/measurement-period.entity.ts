import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { ProcessEntity } from '../processes/process.entity.js';
import { PeriodKind } from './domain/measurement.enums.js';

/** A window of measurements of one process: before (BASELINE) or after (AFTER) automation. */
@Entity({ name: 'measurement_period' })
@Unique('measurement_period_process_label_key', ['processId', 'label'])
@Check('measurement_period_dates_check', `"ends_on" >= "starts_on"`)
export class MeasurementPeriodEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'measurement_period_pkey' })
  id: string;

  @Index('measurement_period_organization_idx')
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'process_id', type: 'uuid' })
  processId: string;

  @ManyToOne(() => ProcessEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'process_id', foreignKeyConstraintName: 'measurement_period_process_fkey' })
  process?: ProcessEntity;

  @Column({ type: 'enum', enum: PeriodKind, enumName: 'period_kind' })
  kind: PeriodKind;

  @Column({ type: 'text' })
  label: string;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn: string;

  /** Service hours per week in this period (for AVAILABILITY claims); null when unknown. */
  @Column({ name: 'service_hours_per_week', type: 'numeric', precision: 5, scale: 1, nullable: true })
  serviceHoursPerWeek: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
