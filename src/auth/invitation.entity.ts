import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import { Role } from './domain/role.js';
import { UserEntity } from './user.entity.js';

/**
 * An organization's offer of a role to whoever holds an e-mail address. Nothing about an
 * account changes until the person accepts with the code (and their password): an
 * administrator can neither learn whether the address has an account nor enrol it.
 */
@Entity({ name: 'invitation' })
@Index('invitation_organization_idx', ['organizationId', 'createdAt'])
export class InvitationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'invitation_pkey' })
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'invitation_organization_fkey' })
  organization?: OrganizationEntity;

  /** Normalised (trimmed, lower case) as accounts' e-mails are. */
  @Column({ type: 'text' })
  email: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  @Column({ type: 'enum', enum: Role, enumName: 'membership_role' })
  role: Role;

  /**
   * SHA-256 of the code: the code itself is shown once to the inviting administrator. Never
   * selected: the application role may not read it (auth_invitation_id compares it).
   */
  @Index('invitation_code_hash_key', { unique: true })
  @Column({ name: 'code_hash', type: 'char', length: 64, select: false })
  codeHash: string;

  @Column({ name: 'invited_by', type: 'uuid', nullable: true })
  invitedBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'invited_by', foreignKeyConstraintName: 'invitation_invited_by_fkey' })
  inviter?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
