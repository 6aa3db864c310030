import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Append-only record of every change. Rows are written by database triggers (inventory tables)
 * or by services (imports, user administration); the application role may only INSERT and
 * SELECT, and a trigger refuses UPDATE, DELETE and TRUNCATE for everyone.
 */
@Entity({ name: 'audit_log' })
@Index('audit_log_organization_idx', ['organizationId', 'id'])
export class AuditLogEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'audit_log_pkey' })
  id: string;

  /** No foreign key: the trail outlives the organization it describes. */
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId: string | null;

  /** INSERT, UPDATE, DELETE (row triggers) or a named action such as IMPORT. */
  @Column({ type: 'text' })
  action: string;

  @Column({ type: 'text' })
  entity: string;

  @Column({ name: 'entity_id', type: 'text', nullable: true })
  entityId: string | null;

  @Column({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null;

  @Column({ name: 'file_hash', type: 'text', nullable: true })
  fileHash: string | null;

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt: Date;
}
