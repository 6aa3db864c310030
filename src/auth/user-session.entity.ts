import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from './user.entity.js';

/** Why a session ended before its time. */
export enum SessionEndReason {
  SIGNED_OUT = 'SIGNED_OUT',
  /** A refresh token already exchanged came back: someone else may hold it, so the session ends. */
  REFRESH_REUSED = 'REFRESH_REUSED',
  /** An administrator gave the account a new password: whoever knew the old one is out. */
  PASSWORD_RESET = 'PASSWORD_RESET',
}

/**
 * One sign-in in one browser tab: its refresh token (stored as SHA-256, replaced at every use)
 * renews short access tokens until the person is idle too long or the session's lifetime ends.
 */
@Entity({ name: 'user_session' })
export class UserSessionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'user_session_pkey' })
  id: string;

  @Index('user_session_user_idx')
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'user_session_user_fkey' })
  user?: UserEntity;

  /** SHA-256 of the current refresh token. Never selected: only auth_session_rotate compares it. */
  @Column({ name: 'refresh_hash', type: 'char', length: 64, select: false })
  refreshHash: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** The session ends here unless the person is active again before (each refresh moves it). */
  @Column({ name: 'idle_expires_at', type: 'timestamptz' })
  idleExpiresAt: Date;

  /** The session ends here whatever happens: sign in again. */
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  @Column({ name: 'end_reason', type: 'enum', enum: SessionEndReason, enumName: 'session_end_reason', nullable: true })
  endReason: SessionEndReason | null;
}
