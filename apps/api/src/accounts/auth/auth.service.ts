/**
 * Registration, sign-in, refresh and sign-out. Knows nothing of HTTP: the
 * controller passes the client's address and user agent in, and puts the
 * refresh token returned here into the cookie.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuthResponse, LoginRequest, RegisterRequest } from '@klasteris/contracts';
import { DataSource, QueryFailedError } from 'typeorm';

import { DomainError } from '../../platform/errors/domain-error';
import { validationFailed } from '../../platform/http/validation';
import type { AuthenticatedUser } from '../authenticated-user';
import { OrganisationsService } from '../organisations/organisations.service';
import { isUniqueViolation } from '../unique-violation';
import { UserEntity } from '../users/user.entity';
import { toUser } from '../users/user-views';
import { UsersService } from '../users/users.service';
import { AccessTokenService } from './access-token.service';
import { AuthSessionsService, IssuedSession } from './auth-sessions.service';
import { PasswordHasher } from './password-hasher';
import { SignInThrottle } from './sign-in-throttle';

/** Who is calling, as far as sessions and rate limits care. */
export interface ClientContext {
  ip: string;
  userAgent: string | null;
}

export interface SignedIn extends AuthResponse {
  refreshToken: string;
}

export interface Refreshed {
  accessToken: string;
  refreshToken: string;
}

const organisationMissing = () =>
  validationFailed([{ field: 'organisationId', messages: ['organisationId must name an existing organisation'] }]);

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordHasher,
    private readonly throttle: SignInThrottle,
    private readonly sessions: AuthSessionsService,
    private readonly accessTokens: AccessTokenService,
    private readonly organisations: OrganisationsService,
    private readonly users: UsersService,
  ) {}

  /** A new learner, signed in at once. */
  async register(request: RegisterRequest, client: ClientContext): Promise<SignedIn> {
    await this.throttle.checkRegistration(client.ip);
    if (request.organisationId !== undefined && !(await this.organisations.exists(request.organisationId))) {
      throw organisationMissing();
    }
    const passwordHash = await this.passwords.hash(request.password);
    try {
      const { user, session } = await this.dataSource.transaction(async (manager) => {
        const user = await manager.save(
          manager.create(UserEntity, {
            email: request.email.toLowerCase(),
            passwordHash,
            displayName: request.displayName,
            role: 'learner',
            organisationId: request.organisationId ?? null,
            locale: request.locale ?? 'en',
            timeZone: request.timeZone ?? 'Europe/Vilnius',
          }),
        );
        return { user, session: await this.sessions.start(user.id, client.userAgent, manager) };
      });
      return this.signedIn(user, session);
    } catch (error) {
      if (isUniqueViolation(error, 'users_email_key')) {
        throw new DomainError('EMAIL_TAKEN', 'An account with this e-mail address already exists');
      }
      // The organisation was removed between the check and the insert.
      if (error instanceof QueryFailedError && (error.driverError as { code?: unknown }).code === '23503') {
        throw organisationMissing();
      }
      throw error;
    }
  }

  async login(request: LoginRequest, client: ClientContext): Promise<SignedIn> {
    const email = request.email.toLowerCase();
    await this.throttle.checkSignIn(email, client.ip);
    const user = await this.users.findWithPasswordHash(email);
    const passwordMatches = await this.passwords.verify(user?.passwordHash ?? null, request.password);
    if (!user || !passwordMatches) {
      throw new DomainError('INVALID_CREDENTIALS', 'The e-mail address or the password is not right');
    }
    if (user.deactivatedAt !== null) {
      throw new DomainError('ACCOUNT_DEACTIVATED', 'This account has been deactivated; ask an administrator');
    }
    await this.throttle.signedIn(email);
    return this.signedIn(user, await this.sessions.start(user.id, client.userAgent));
  }

  async refresh(refreshToken: string): Promise<Refreshed> {
    const session = await this.sessions.rotate(refreshToken);
    return { accessToken: this.accessTokens.issue(session.userId, session.sessionId), refreshToken: session.refreshToken };
  }

  async logout(user: AuthenticatedUser): Promise<void> {
    await this.sessions.revoke(user.sessionId, 'logout');
  }

  private signedIn(user: UserEntity, session: IssuedSession): SignedIn {
    return {
      accessToken: this.accessTokens.issue(user.id, session.sessionId),
      user: toUser(user),
      refreshToken: session.refreshToken,
    };
  }
}
