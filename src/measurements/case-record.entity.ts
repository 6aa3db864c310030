import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { numericToNumber } from '../database/numeric.transformer.js';

/**
 * One case (one invoice, one registration), imported as a case sample or derived from an event
 * log. Written by COPY: the primary key (period_id, id) is its only index, and there are no
 * foreign keys, which would cost a lookup per row; imports check the period once instead.
 */
@Entity({ name: 'case_record' })
export class CaseRecordEntity {
  @PrimaryColumn({ name: 'period_id', type: 'uuid', primaryKeyConstraintName: 'case_record_pkey' })
  periodId: string;

  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'case_record_pkey' })
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'import_id', type: 'uuid' })
  importId: string;

  @Column({ name: 'case_ref', type: 'text' })
  caseRef: string;

  @Column({ name: 'received_at', type: 'timestamptz', nullable: true })
  receivedAt: Date | null;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Column({ name: 'handling_minutes', type: 'numeric', precision: 12, scale: 2, nullable: true, transformer: numericToNumber })
  handlingMinutes: number | null;

  @Column({ type: 'integer', nullable: true })
  errors: number | null;

  @Column({ type: 'integer', nullable: true })
  rework: number | null;

  @Column({ type: 'text', nullable: true })
  channel: string | null;

  /** Activity sequence, for cases derived from an event log. */
  @Column({ type: 'text', nullable: true })
  variant: string | null;
}
