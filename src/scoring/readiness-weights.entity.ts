import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { numericToNumber } from '../database/numeric.transformer.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';

const weight = (name: string) =>
  ({ name, type: 'numeric', precision: 6, scale: 3, transformer: numericToNumber }) as const;

/**
 * An organization's weights of the five Ease of Implementation components. Without a row the
 * weights are equal (methodology section 3). Every score stores the weights it used.
 */
@Entity({ name: 'readiness_weights' })
@Check('readiness_weights_range_check', `"stability" >= 0 AND "standardisation" >= 0 AND "structured_input" >= 0 AND "application_complexity" >= 0 AND "documentation" >= 0`)
@Check('readiness_weights_sum_check', `"stability" + "standardisation" + "structured_input" + "application_complexity" + "documentation" > 0`)
export class ReadinessWeightsEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid', primaryKeyConstraintName: 'readiness_weights_pkey' })
  organizationId: string;

  @OneToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'readiness_weights_organization_fkey' })
  organization?: OrganizationEntity;

  @Column(weight('stability'))
  stability: number;

  @Column(weight('standardisation'))
  standardisation: number;

  @Column(weight('structured_input'))
  structuredInput: number;

  @Column(weight('application_complexity'))
  applicationComplexity: number;

  @Column(weight('documentation'))
  documentation: number;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
