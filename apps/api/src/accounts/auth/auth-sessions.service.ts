/**
 * Sign-in sessions and refresh-token rotation. Each session is one token
 * family; rotation locks the row (`SELECT … FOR UPDATE`) so two refreshes of
 * the same token cannot both win. A token that is not the session's current
 * one is reuse (a stolen or replayed token): the whole family is revoked and
 * its sockets are disconnected.
 */
import { randomUUID } from 'node:crypto';

import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';

import { APP_CONFIG } from '../../config/config.module';
import { DomainError } from '../../platform/errors/domain-error';
import type { RuntimeConfig } from '../../platform/prepare-runtime';
import { LivePublisher } from '../../platform/realtime/live-publisher';
import { UserEntity } from '../users/user.entity';
import { unauthenticated } from './access-token.service';
import { AuthSessionEntity, SessionRevokedReason } from './auth-session.entity';
import { createRefreshToken, hashRefreshToken, sameHash, sessionIdOf } from './refresh-token';

export interface IssuedSession {
  userId: string;
  sessionId: string;
  refreshToken: string;
}

type RotationOutcome = { kind: 'rotated'; session: IssuedSession } | { kind: 'reused'; sessionId: string } | { kind: 'invalid' };

const USER_AGENT_MAX_LENGTH = 400;

@Injectable()
export class AuthSessionsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly publisher: LivePublisher,
  ) {}

  async start(userId: string, userAgent: string | null, manager: EntityManager = this.dataSource.manager): Promise<IssuedSession> {
    const sessionId = randomUUID();
    const { token, hash } = createRefreshToken(sessionId);
    const now = new Date();
    await manager.insert(AuthSessionEntity, {
      id: sessionId,
      userId,
      currentTokenHash: hash,
      expiresAt: this.expiryFrom(now),
      lastUsedAt: now,
      userAgent: userAgent?.slice(0, USER_AGENT_MAX_LENGTH) ?? null,
    });
    return { userId, sessionId, refreshToken: token };
  }

  /** Swaps a refresh token for a new one of the same family. */
  async rotate(refreshToken: string): Promise<IssuedSession> {
    const sessionId = sessionIdOf(refreshToken);
    if (sessionId === null) throw unauthenticated('The refresh token is not valid');
    const outcome = await this.dataSource.transaction((manager) => this.rotateLocked(manager, sessionId, refreshToken));
    switch (outcome.kind) {
      case 'rotated':
        return outcome.session;
      case 'reused':
        this.publisher.disconnectSession(outcome.sessionId);
        throw new DomainError('REFRESH_REUSED', 'This refresh token was already used; the session has been ended for safety');
      case 'invalid':
        throw unauthenticated('The session has ended; sign in again');
    }
  }

  /** Ends one session (sign-out) and its sockets. */
  async revoke(sessionId: string, reason: SessionRevokedReason): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .update(AuthSessionEntity)
      .set({ revokedAt: () => 'now()', revokedReason: reason })
      .where('id = :sessionId AND revoked_at IS NULL', { sessionId })
      .execute();
    this.publisher.disconnectSession(sessionId);
  }

  /**
   * Ends every session of a person inside the caller's transaction. The
   * caller disconnects their sockets once the transaction has committed.
   */
  async revokeAllOf(userId: string, reason: SessionRevokedReason, manager: EntityManager): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(AuthSessionEntity)
      .set({ revokedAt: () => 'now()', revokedReason: reason })
      .where('user_id = :userId AND revoked_at IS NULL', { userId })
      .execute();
  }

  private async rotateLocked(manager: EntityManager, sessionId: string, refreshToken: string): Promise<RotationOutcome> {
    const session = await manager
      .getRepository(AuthSessionEntity)
      .createQueryBuilder('session')
      .setLock('pessimistic_write')
      .where('session.id = :sessionId', { sessionId })
      .getOne();
    const now = new Date();
    if (!session || session.revokedAt !== null || session.expiresAt <= now) return { kind: 'invalid' };
    if (!sameHash(session.currentTokenHash, hashRefreshToken(refreshToken))) {
      await manager.update(AuthSessionEntity, { id: sessionId }, { revokedAt: now, revokedReason: 'reuse' });
      return { kind: 'reused', sessionId };
    }
    const active = await manager.existsBy(UserEntity, { id: session.userId, deactivatedAt: IsNull() });
    if (!active) return { kind: 'invalid' };
    const next = createRefreshToken(sessionId);
    // Sliding expiry: a person who keeps coming back stays signed in.
    await manager.update(AuthSessionEntity, { id: sessionId }, { currentTokenHash: next.hash, lastUsedAt: now, expiresAt: this.expiryFrom(now) });
    return { kind: 'rotated', session: { userId: session.userId, sessionId, refreshToken: next.token } };
  }

  private expiryFrom(now: Date): Date {
    return new Date(now.getTime() + this.config.refreshTokenTtlDays * 86_400_000);
  }
}
