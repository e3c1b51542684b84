/**
 * Short-lived access tokens: HS256 JWTs with `sub` (the person) and `sid`
 * (the sign-in session). Verifying checks the signature and expiry and then
 * the database, so signing out or deactivation takes effect at once. The
 * socket handshake uses `verify` too.
 */
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { JwtPayload, sign, verify } from 'jsonwebtoken';
import { Repository } from 'typeorm';

import { APP_CONFIG } from '../../config/config.module';
import { DomainError } from '../../platform/errors/domain-error';
import type { RuntimeConfig } from '../../platform/prepare-runtime';
import type { AuthenticatedUser } from '../authenticated-user';
import { UserEntity } from '../users/user.entity';
import { AuthSessionEntity } from './auth-session.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const unauthenticated = (message = 'Sign in to continue') => new DomainError('UNAUTHENTICATED', message);

@Injectable()
export class AccessTokenService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
  ) {}

  issue(userId: string, sessionId: string): string {
    return sign({ sid: sessionId }, this.config.jwtSecret, {
      algorithm: 'HS256',
      subject: userId,
      expiresIn: this.config.accessTokenTtlSeconds,
    });
  }

  /** The person behind a token; UNAUTHENTICATED when it is bad, expired, signed out or deactivated. */
  async verify(token: string): Promise<AuthenticatedUser> {
    const claims = this.readClaims(token);
    const user = await this.users
      .createQueryBuilder('person')
      .innerJoin(AuthSessionEntity, 'session', 'session.userId = person.id')
      .where('person.id = :userId AND session.id = :sessionId', claims)
      .andWhere('session.revokedAt IS NULL AND session.expiresAt > now()')
      .andWhere('person.deactivatedAt IS NULL')
      .getOne();
    if (!user) throw unauthenticated('Your session has ended; sign in again');
    return {
      id: user.id,
      role: user.role,
      sessionId: claims.sessionId,
      organisationId: user.organisationId,
      displayName: user.displayName,
      locale: user.locale,
    };
  }

  private readClaims(token: string): { userId: string; sessionId: string } {
    let payload: string | JwtPayload;
    try {
      payload = verify(token, this.config.jwtSecret, { algorithms: ['HS256'] });
    } catch {
      throw unauthenticated('The access token is not valid or has expired');
    }
    const userId = typeof payload === 'object' ? payload.sub : undefined;
    const sessionId: unknown = typeof payload === 'object' ? payload['sid'] : undefined;
    if (typeof userId !== 'string' || typeof sessionId !== 'string' || !UUID.test(userId) || !UUID.test(sessionId)) {
      throw unauthenticated('The access token is not valid or has expired');
    }
    return { userId, sessionId };
  }
}
