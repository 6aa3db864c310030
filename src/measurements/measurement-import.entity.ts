import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { EvidenceGrade, ImportFormat } from './domain/measurement.enums.js';
import { MeasurementPeriodEntity } from './measurement-period.entity.js';

/** One imported file or batch; its content hash detects the same file imported twice. */
@Entity({ name: 'measurement_import' })
@Unique('measurement_import_period_hash_key', ['periodId', 'contentHash'])
export class MeasurementImportEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'measurement_import_pkey' })
  id: string;

  @Index('measurement_import_organization_idx')
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'period_id', type: 'uuid' })
  periodId: string;

  @ManyToOne(() => MeasurementPeriodEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'period_id', foreignKeyConstraintName: 'measurement_import_period_fkey' })
  period?: MeasurementPeriodEntity;

  @Column({ type: 'enum', enum: EvidenceGrade, enumName: 'evidence_grade' })
  grade: EvidenceGrade;

  @Column({ type: 'enum', enum: ImportFormat, enumName: 'import_format' })
  format: ImportFormat;

  @Column({ name: 'file_name', type: 'text', nullable: true })
  fileName: string | null;

  /** SHA-256 of the bytes as received; null only while the import is being written. */
  @Column({ name: 'content_hash', type: 'char', length: 64, nullable: true })
  contentHash: string | null;

  @Column({ name: 'row_count', type: 'integer', default: 0 })
  rowCount: number;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
