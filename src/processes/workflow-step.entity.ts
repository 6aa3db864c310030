import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { numericToNumber } from '../database/numeric.transformer.js';
import { StepInputType } from './domain/process.enums.js';
import { ProcessEntity } from './process.entity.js';

@Entity({ name: 'workflow_step' })
// Deferred so that steps can be reordered inside one transaction.
@Unique('workflow_step_process_position_key', ['processId', 'position'], {
  deferrable: 'INITIALLY DEFERRED',
})
@Check('workflow_step_minutes_check', `"minutes_per_case" >= 0`)
@Check('workflow_step_position_check', `"position" >= 1`)
@Check(
  'workflow_step_override_reason_check',
  `"automatable_override" IS NULL OR "automatable_reason" IS NOT NULL`,
)
export class WorkflowStepEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'workflow_step_pkey' })
  id: string;

  /** Denormalised tenant key: every tenant table carries it (row-level security, sharding). */
  @Index('workflow_step_organization_idx')
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'process_id', type: 'uuid' })
  processId: string;

  @ManyToOne(() => ProcessEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'process_id', foreignKeyConstraintName: 'workflow_step_process_fkey' })
  process?: ProcessEntity;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'text' })
  name: string;

  @Column({
    name: 'minutes_per_case',
    type: 'numeric',
    precision: 10,
    scale: 2,
    transformer: numericToNumber,
  })
  minutesPerCase: number;

  @Column({ name: 'rule_based', type: 'boolean' })
  ruleBased: boolean;

  @Column({ name: 'input_type', type: 'enum', enum: StepInputType, enumName: 'step_input_type' })
  inputType: StepInputType;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  systems: string[];

  /** Set by a person who knows better than the rule (rule-based AND structured digital). */
  @Column({ name: 'automatable_override', type: 'boolean', nullable: true })
  automatableOverride: boolean | null;

  @Column({ name: 'automatable_reason', type: 'text', nullable: true })
  automatableReason: string | null;
}
