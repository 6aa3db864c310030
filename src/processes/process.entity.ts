import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { UserEntity } from '../auth/user.entity.js';
import { numericToNumber } from '../database/numeric.transformer.js';
import { DepartmentEntity } from '../organizations/department.entity.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import { ProcessCategory, ProcessStatus } from './domain/process.enums.js';

@Entity({ name: 'process' })
@Index('process_organization_name_idx', ['organizationId', 'name', 'id'])
@Check('process_exception_rate_check', `"exception_rate" >= 0 AND "exception_rate" <= 1`)
@Check(
  'process_estimated_error_rate_check',
  `"estimated_error_rate" IS NULL OR ("estimated_error_rate" >= 0 AND "estimated_error_rate" <= 1)`,
)
@Check(
  'process_standardisation_estimate_check',
  `"standardisation_estimate" IS NULL OR ("standardisation_estimate" >= 0 AND "standardisation_estimate" <= 1)`,
)
@Check('process_expected_changes_check', `"expected_changes_12m" >= 0`)
@Check('process_application_count_check', `"application_count" >= 1`)
@Check('process_service_hours_check', `"service_hours_per_week" IS NULL OR ("service_hours_per_week" > 0 AND "service_hours_per_week" <= 168)`)
@Check('process_non_negative_check', `"estimated_monthly_volume" >= 0 AND "estimated_handling_minutes" >= 0 AND "hourly_labour_cost" >= 0 AND "cost_per_error" >= 0 AND "statutory_deadline_days" >= 0`)
export class ProcessEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'process_pkey' })
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'process_organization_fkey' })
  organization?: OrganizationEntity;

  @Index('process_department_idx')
  @Column({ name: 'department_id', type: 'uuid', nullable: true })
  departmentId: string | null;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'process_department_fkey' })
  department?: DepartmentEntity;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'enum', enum: ProcessCategory, enumName: 'process_category' })
  category: ProcessCategory;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ name: 'owner_contact', type: 'text', nullable: true })
  ownerContact: string | null;

  /** The PROCESS_OWNER user who may change the process (and import its measurements). */
  @Index('process_owner_user_idx')
  @Column({ name: 'owner_user_id', type: 'uuid', nullable: true })
  ownerUserId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'owner_user_id', foreignKeyConstraintName: 'process_owner_user_fkey' })
  ownerUser?: UserEntity;

  @Column({
    type: 'enum',
    enum: ProcessStatus,
    enumName: 'process_status',
    default: ProcessStatus.DRAFT,
  })
  status: ProcessStatus;

  // Readiness attributes (methodology section 3).
  @Column({
    name: 'exception_rate',
    type: 'numeric',
    precision: 5,
    scale: 4,
    default: 0,
    transformer: numericToNumber,
  })
  exceptionRate: number;

  @Column({ name: 'expected_changes_12m', type: 'integer', default: 0 })
  expectedChanges12m: number;

  @Column({ name: 'application_count', type: 'integer', default: 1 })
  applicationCount: number;

  @Column({ name: 'documentation_available', type: 'boolean', default: false })
  documentationAvailable: boolean;

  @Column({ name: 'statutory_deadline_days', type: 'integer', nullable: true })
  statutoryDeadlineDays: number | null;

  @Column({ name: 'decides_about_person', type: 'boolean', default: false })
  decidesAboutPerson: boolean;

  @Column({
    name: 'standardisation_estimate',
    type: 'numeric',
    precision: 5,
    scale: 4,
    nullable: true,
    transformer: numericToNumber,
  })
  standardisationEstimate: number | null;

  // Cost parameters: money, kept as exact decimal strings.
  @Column({ name: 'hourly_labour_cost', type: 'numeric', precision: 12, scale: 2, nullable: true })
  hourlyLabourCost: string | null;

  @Column({ name: 'cost_per_error', type: 'numeric', precision: 12, scale: 2, nullable: true })
  costPerError: string | null;

  // The owner's estimates, used when no measurements exist.
  @Column({ name: 'estimated_monthly_volume', type: 'integer', nullable: true })
  estimatedMonthlyVolume: number | null;

  @Column({
    name: 'estimated_handling_minutes',
    type: 'numeric',
    precision: 10,
    scale: 2,
    nullable: true,
    transformer: numericToNumber,
  })
  estimatedHandlingMinutes: number | null;

  @Column({
    name: 'estimated_error_rate',
    type: 'numeric',
    precision: 5,
    scale: 4,
    nullable: true,
    transformer: numericToNumber,
  })
  estimatedErrorRate: number | null;

  /** Hours a week the service is open to its clients now (for AVAILABILITY claims). */
  @Column({ name: 'service_hours_per_week', type: 'numeric', precision: 5, scale: 1, nullable: true, transformer: numericToNumber })
  serviceHoursPerWeek: number | null;

  /** Optimistic lock: every update must name the version it read. */
  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
