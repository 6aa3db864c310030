import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { numericToNumber } from '../database/numeric.transformer.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import { ProcessCategory } from '../processes/domain/process.enums.js';
import { ProcessEntity } from '../processes/process.entity.js';
import { ClaimDirection, ClaimMetric, ClaimScopeKind } from './claim.enums.js';

/** A vendor's promise, with the document it came from, as an auditor registered it. */
@Entity({ name: 'vendor_claim' })
@Index('vendor_claim_organization_idx', ['organizationId', 'createdAt', 'id'])
@Check('vendor_claim_magnitude_check', `"magnitude" > 0 AND "magnitude" <= 10`)
@Check(
  'vendor_claim_scope_check',
  `("scope_kind" = 'PROCESS' AND "scope_process_id" IS NOT NULL AND "scope_category" IS NULL) OR ("scope_kind" = 'CATEGORY' AND "scope_category" IS NOT NULL AND "scope_process_id" IS NULL) OR ("scope_kind" = 'ORGANIZATION' AND "scope_process_id" IS NULL AND "scope_category" IS NULL)`,
)
export class VendorClaimEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'vendor_claim_pkey' })
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'vendor_claim_organization_fkey' })
  organization?: OrganizationEntity;

  @Column({ type: 'text' })
  vendor: string;

  @Column({ name: 'source_title', type: 'text' })
  sourceTitle: string;

  @Column({ name: 'source_date', type: 'date', nullable: true })
  sourceDate: string | null;

  /** A URL or a document reference (case file number). */
  @Column({ name: 'source_reference', type: 'text', nullable: true })
  sourceReference: string | null;

  /** The sentence of the document that makes the promise, verbatim. */
  @Column({ name: 'source_quote', type: 'text' })
  sourceQuote: string;

  @Column({ type: 'enum', enum: ClaimMetric, enumName: 'claim_metric' })
  metric: ClaimMetric;

  @Column({ type: 'enum', enum: ClaimDirection, enumName: 'claim_direction' })
  direction: ClaimDirection;

  /** r: 0.5 = 50%. */
  @Column({ type: 'numeric', precision: 7, scale: 4, transformer: numericToNumber })
  magnitude: number;

  @Column({ name: 'scope_kind', type: 'enum', enum: ClaimScopeKind, enumName: 'claim_scope_kind' })
  scopeKind: ClaimScopeKind;

  /** A claim on a process keeps it: a process with claims cannot be deleted. */
  @Column({ name: 'scope_process_id', type: 'uuid', nullable: true })
  scopeProcessId: string | null;

  @ManyToOne(() => ProcessEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'scope_process_id', foreignKeyConstraintName: 'vendor_claim_scope_process_fkey' })
  scopeProcess?: ProcessEntity;

  @Column({ name: 'scope_category', type: 'enum', enum: ProcessCategory, enumName: 'process_category', nullable: true })
  scopeCategory: ProcessCategory | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
