import { Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { EvidenceGrade } from '../measurements/domain/measurement.enums.js';
import { ProcessCategory, ProcessStatus } from '../processes/domain/process.enums.js';
import { ProcessEntity } from '../processes/process.entity.js';
import { NotCandidateReason, Quadrant } from './scoring.enums.js';

const money = (name: string) => ({ name, type: 'numeric', precision: 16, scale: 2 }) as const;
const hours = (name: string) => ({ name, type: 'numeric', precision: 14, scale: 1 }) as const;

/**
 * The stored score of one process: written whenever one of its inputs changes (process, steps,
 * scenario, weights, baseline), read by the ranking without recomputing anything. The ranking's
 * filter and sort keys are columns (the process's category, department and status are copied
 * here in the same transaction that changes them) so one index-backed query answers a page.
 * `inputs` and `result` keep everything needed to reproduce the numbers with `method_version`.
 */
@Entity({ name: 'candidate_score' })
@Index('candidate_score_organization_npv_idx', ['organizationId', 'npvP50', 'processId'])
@Index('candidate_score_npv_idx', ['npvP50', 'processId'])
export class CandidateScoreEntity {
  @PrimaryColumn({ name: 'process_id', type: 'uuid', primaryKeyConstraintName: 'candidate_score_pkey' })
  processId: string;

  @OneToOne(() => ProcessEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'process_id', foreignKeyConstraintName: 'candidate_score_process_fkey' })
  process?: ProcessEntity;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'process_name', type: 'text' })
  processName: string;

  @Column({ type: 'enum', enum: ProcessCategory, enumName: 'process_category' })
  category: ProcessCategory;

  @Column({ name: 'department_id', type: 'uuid', nullable: true })
  departmentId: string | null;

  @Column({ type: 'enum', enum: ProcessStatus, enumName: 'process_status' })
  status: ProcessStatus;

  /** "readiness-1+savings-2": the methods that produced every number of the row. */
  @Column({ name: 'method_version', type: 'text' })
  methodVersion: string;

  @Column({ name: 'automation_potential', type: 'numeric', precision: 6, scale: 2 })
  automationPotential: string;

  @Column({ name: 'ease_of_implementation', type: 'numeric', precision: 6, scale: 2 })
  easeOfImplementation: string;

  @Column({ type: 'enum', enum: Quadrant, enumName: 'readiness_quadrant' })
  quadrant: Quadrant;

  /** False when there is nothing worth automating (savings-2): every saving and cost is then 0. */
  @Column({ type: 'boolean', default: true })
  candidate: boolean;

  @Column({ name: 'not_candidate_reason', type: 'enum', enum: NotCandidateReason, enumName: 'not_candidate_reason', nullable: true })
  notCandidateReason: NotCandidateReason | null;

  @Column({ name: 'evidence_grade', type: 'enum', enum: EvidenceGrade, enumName: 'evidence_grade' })
  evidenceGrade: EvidenceGrade;

  /** Cases behind the measured inputs; 0 for an estimate. */
  @Column({ name: 'sample_size', type: 'integer' })
  sampleSize: number;

  @Column(hours('hours_saved_p10'))
  hoursSavedP10: string;

  @Column(hours('hours_saved_p50'))
  hoursSavedP50: string;

  @Column(hours('hours_saved_p90'))
  hoursSavedP90: string;

  @Column(money('net_benefit_p10'))
  netBenefitP10: string;

  @Column(money('net_benefit_p50'))
  netBenefitP50: string;

  @Column(money('net_benefit_p90'))
  netBenefitP90: string;

  @Column(money('npv_p10'))
  npvP10: string;

  @Column(money('npv_p50'))
  npvP50: string;

  @Column(money('npv_p90'))
  npvP90: string;

  @Column({ name: 'probability_positive_npv', type: 'numeric', precision: 5, scale: 4 })
  probabilityPositiveNpv: string;

  /** At the most likely values (the point estimate): months until the net annual benefit repays the implementation cost net of the grant; null when it never does. */
  @Column({ name: 'payback_months', type: 'numeric', precision: 8, scale: 1, nullable: true })
  paybackMonths: string | null;

  /** Payback percentiles over the Monte Carlo draws; null where the draws at that percentile never repay. */
  @Column({ name: 'payback_p10', type: 'numeric', precision: 8, scale: 1, nullable: true })
  paybackP10: string | null;

  @Column({ name: 'payback_p50', type: 'numeric', precision: 8, scale: 1, nullable: true })
  paybackP50: string | null;

  @Column({ name: 'payback_p90', type: 'numeric', precision: 8, scale: 1, nullable: true })
  paybackP90: string | null;

  /** Monte Carlo standard errors of the simulated columns (SimulationStandardErrors); null for a score before savings-2. */
  @Column({ name: 'standard_errors', type: 'jsonb', nullable: true })
  standardErrors: Record<string, unknown> | null;

  @Column({ type: 'text', array: true })
  warnings: string[];

  @Column({ type: 'text' })
  explanation: string;

  @Column({ type: 'jsonb' })
  inputs: Record<string, unknown>;

  @Column({ type: 'jsonb' })
  result: Record<string, unknown>;

  @Column({ name: 'computed_at', type: 'timestamptz' })
  computedAt: Date;
}
