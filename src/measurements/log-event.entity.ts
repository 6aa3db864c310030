import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** One event of an imported event log (kept for variants and rework). Written by COPY. */
@Entity({ name: 'log_event' })
export class LogEventEntity {
  @PrimaryColumn({ name: 'period_id', type: 'uuid', primaryKeyConstraintName: 'log_event_pkey' })
  periodId: string;

  /** Also the file order, which breaks ties between events with the same timestamp. */
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'log_event_pkey' })
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'import_id', type: 'uuid' })
  importId: string;

  @Column({ name: 'case_ref', type: 'text' })
  caseRef: string;

  @Column({ type: 'text' })
  activity: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Column({ type: 'text', nullable: true })
  lifecycle: string | null;

  @Column({ type: 'text', nullable: true })
  resource: string | null;
}
