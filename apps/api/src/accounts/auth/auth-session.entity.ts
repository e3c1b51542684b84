/**
 * One sign-in: a refresh-token family (table `auth_sessions`). Only the
 * sha256 of the current refresh token is kept; presenting any other token of
 * the family is reuse and revokes the whole session.
 */
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export const SESSION_REVOKED_REASONS = ['logout', 'reuse', 'deactivated', 'erased'] as const;
export type SessionRevokedReason = (typeof SESSION_REVOKED_REASONS)[number];

@Entity({ name: 'auth_sessions' })
export class AuthSessionEntity {
  // Assigned by the service: the refresh token embeds it before the row exists.
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  /** Lower-case hex sha256 of the refresh token currently valid for this session. */
  @Column({ name: 'current_token_hash', type: 'text' })
  currentTokenHash: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'revoked_reason', type: 'text', nullable: true })
  revokedReason: SessionRevokedReason | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'last_used_at', type: 'timestamptz' })
  lastUsedAt: Date;

  @Column({ name: 'user_agent', type: 'text', nullable: true })
  userAgent: string | null;
}
