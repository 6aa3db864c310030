import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { numericToNumber } from '../database/numeric.transformer.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import { ProcessEntity } from '../processes/process.entity.js';

/**
 * The cost side of automating: one row per organization (process_id null) holds its defaults,
 * one row per process overrides any of them. A null field means "not set here": the process
 * falls back to its organization's value, the organization to the methodology's default.
 */
@Entity({ name: 'automation_scenario' })
@Index('automation_scenario_organization_default_key', ['organizationId'], { unique: true, where: '"process_id" IS NULL' })
@Index('automation_scenario_process_key', ['processId'], { unique: true, where: '"process_id" IS NOT NULL' })
@Check('automation_scenario_money_check', `"bot_license_per_year" >= 0 AND "implementation_cost" >= 0 AND "grant_amount" >= 0 AND "hourly_labour_cost" >= 0 AND "cost_per_error" >= 0`)
@Check('automation_scenario_shares_check', `"maintenance_share" BETWEEN 0 AND 1 AND "bot_speed_factor" > 0 AND "bot_speed_factor" <= 10 AND "discount_rate" BETWEEN 0 AND 1`)
@Check('automation_scenario_times_check', `"supervision_minutes" >= 0 AND "bot_capacity_hours" > 0 AND "bot_capacity_hours" <= 8784 AND "horizon_years" BETWEEN 1 AND 30 AND "productive_hours_per_fte" > 0`)
@Check('automation_scenario_monte_carlo_check', `"monte_carlo_draws" BETWEEN 100 AND 100000`)
@Check('automation_scenario_correlation_check', `"automatable_exception_correlation" BETWEEN -0.95 AND 0.95`)
export class AutomationScenarioEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'automation_scenario_pkey' })
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'automation_scenario_organization_fkey' })
  organization?: OrganizationEntity;

  /** Null: the organization's defaults. */
  @Column({ name: 'process_id', type: 'uuid', nullable: true })
  processId: string | null;

  @ManyToOne(() => ProcessEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'process_id', foreignKeyConstraintName: 'automation_scenario_process_fkey' })
  process?: ProcessEntity;

  // Money: exact decimal strings, converted to numbers only inside the calculation.
  @Column({ name: 'bot_license_per_year', type: 'numeric', precision: 12, scale: 2, nullable: true })
  botLicensePerYear: string | null;

  @Column({ name: 'implementation_cost', type: 'numeric', precision: 12, scale: 2, nullable: true })
  implementationCost: string | null;

  @Column({ name: 'grant_amount', type: 'numeric', precision: 12, scale: 2, nullable: true })
  grantAmount: string | null;

  @Column({ name: 'hourly_labour_cost', type: 'numeric', precision: 12, scale: 2, nullable: true })
  hourlyLabourCost: string | null;

  @Column({ name: 'cost_per_error', type: 'numeric', precision: 12, scale: 2, nullable: true })
  costPerError: string | null;

  @Column({ name: 'maintenance_share', type: 'numeric', precision: 5, scale: 4, nullable: true, transformer: numericToNumber })
  maintenanceShare: number | null;

  @Column({ name: 'supervision_minutes', type: 'numeric', precision: 8, scale: 2, nullable: true, transformer: numericToNumber })
  supervisionMinutes: number | null;

  @Column({ name: 'bot_speed_factor', type: 'numeric', precision: 6, scale: 4, nullable: true, transformer: numericToNumber })
  botSpeedFactor: number | null;

  @Column({ name: 'bot_capacity_hours', type: 'numeric', precision: 6, scale: 1, nullable: true, transformer: numericToNumber })
  botCapacityHours: number | null;

  @Column({ name: 'horizon_years', type: 'integer', nullable: true })
  horizonYears: number | null;

  @Column({ name: 'discount_rate', type: 'numeric', precision: 5, scale: 4, nullable: true, transformer: numericToNumber })
  discountRate: number | null;

  @Column({ name: 'productive_hours_per_fte', type: 'numeric', precision: 6, scale: 1, nullable: true, transformer: numericToNumber })
  productiveHoursPerFte: number | null;

  /** rho between the draws of a and e (Gaussian copula); null: the methodology's 0. */
  @Column({ name: 'automatable_exception_correlation', type: 'numeric', precision: 3, scale: 2, nullable: true, transformer: numericToNumber })
  automatableExceptionCorrelation: number | null;

  @Column({ name: 'monte_carlo_seed', type: 'integer', nullable: true })
  monteCarloSeed: number | null;

  @Column({ name: 'monte_carlo_draws', type: 'integer', nullable: true })
  monteCarloDraws: number | null;

  /** Optimistic lock: every change names the version it read. */
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
