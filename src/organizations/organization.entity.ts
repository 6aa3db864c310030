import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { OrganizationKind } from './organization-kind.enum.js';

/** The time zone of a Polish office. */
export const DEFAULT_TIME_ZONE = 'Europe/Warsaw';

@Entity({ name: 'organization' })
@Check('organization_teryt_code_check', `"teryt_code" ~ '^[0-9]{7}$'`)
@Check('organization_population_check', `"population" >= 0`)
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'organization_pkey' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Index('organization_teryt_code_key', { unique: true })
  @Column({ name: 'teryt_code', type: 'char', length: 7 })
  terytCode: string;

  @Column({ type: 'enum', enum: OrganizationKind, enumName: 'organization_kind' })
  kind: OrganizationKind;

  @Column({ type: 'integer', nullable: true })
  population: number | null;

  @Column({ type: 'char', length: 3, default: 'PLN' })
  currency: string;

  /** IANA time zone of the office: date-times without an offset in its files are read in it. */
  @Column({ name: 'time_zone', type: 'text', default: DEFAULT_TIME_ZONE })
  timeZone: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
