import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A person or script identity. Global, not a tenant row: organizations are reached through memberships. */
@Entity({ name: 'app_user' })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'app_user_pkey' })
  id: string;

  /** Stored trimmed and lower-cased. */
  @Index('app_user_email_key', { unique: true })
  @Column({ type: 'text' })
  email: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  /**
   * scrypt$N$r$p$salt$hash, see password-hasher.ts. Never selected: the application role may not
   * read it (sign-in compares it through auth_credentials), so entity reads must leave it out.
   */
  @Column({ name: 'password_hash', type: 'text', select: false })
  passwordHash: string;

  /** May create and delete organizations; set for the bootstrap administrator. */
  @Column({ name: 'platform_admin', type: 'boolean', default: false })
  platformAdmin: boolean;

  /** Demo accounts with published passwords: usable only in the embedded demo mode. */
  @Column({ type: 'boolean', default: false })
  demo: boolean;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
