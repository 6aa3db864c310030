import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ExAnteVerdict, ExPostVerdict } from './claim.enums.js';
import { VendorClaimEntity } from './vendor-claim.entity.js';

/**
 * One run of a claim's tests: who, when, with which parameters and method. Append-only: the
 * application's database role may insert and read but never update or delete (a trigger
 * refuses it too), so a verification reads the same forever; new data makes a new run.
 */
@Entity({ name: 'claim_verification' })
@Index('claim_verification_claim_idx', ['claimId', 'createdAt'])
export class ClaimVerificationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'claim_verification_pkey' })
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'claim_id', type: 'uuid' })
  claimId: string;

  @ManyToOne(() => VendorClaimEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'claim_id', foreignKeyConstraintName: 'claim_verification_claim_fkey' })
  claim?: VendorClaimEntity;

  @Column({ name: 'method_version', type: 'text' })
  methodVersion: string;

  /** alpha, seed, draws, control process, chosen periods. */
  @Column({ type: 'jsonb' })
  parameters: Record<string, unknown>;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** The verdicts of one verification for one process in the claim's scope (append-only). */
@Entity({ name: 'claim_check' })
@Index('claim_check_verification_idx', ['verificationId'])
@Index('claim_check_process_idx', ['processId', 'createdAt'])
export class ClaimCheckEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'claim_check_pkey' })
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'verification_id', type: 'uuid' })
  verificationId: string;

  @ManyToOne(() => ClaimVerificationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'verification_id', foreignKeyConstraintName: 'claim_check_verification_fkey' })
  verification?: ClaimVerificationEntity;

  @Column({ name: 'claim_id', type: 'uuid' })
  claimId: string;

  /** No foreign key: the record outlives the process it judged. */
  @Column({ name: 'process_id', type: 'uuid' })
  processId: string;

  @Column({ name: 'process_name', type: 'text' })
  processName: string;

  @Column({ name: 'ex_ante_verdict', type: 'enum', enum: ExAnteVerdict, enumName: 'ex_ante_verdict' })
  exAnteVerdict: ExAnteVerdict;

  @Column({ name: 'ex_ante', type: 'jsonb' })
  exAnte: Record<string, unknown>;

  @Column({ name: 'ex_post_verdict', type: 'enum', enum: ExPostVerdict, enumName: 'ex_post_verdict' })
  exPostVerdict: ExPostVerdict;

  @Column({ name: 'ex_post', type: 'jsonb' })
  exPost: Record<string, unknown>;

  /** The baseline figures and structure the verdicts were computed from. */
  @Column({ type: 'jsonb' })
  inputs: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
