/**
 * The one global guard: reads the access decision of the route and fails
 * closed. No decision at all is a programming error: refused with 403 and
 * logged. Socket events pass when the handshake authenticated the socket
 * (and the person has the role, where `@Roles` is given); per-resource rules
 * live in the features' policies.
 */
import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';

import { DomainError, forbidden } from '../platform/errors/domain-error';
import { ACCESS_METADATA, AccessDecision, AuthenticatedRequest, currentUserOf } from './access.decorators';
import { AccessTokenService, unauthenticated } from './auth/access-token.service';
import type { AuthenticatedUser } from './authenticated-user';

@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly accessTokens: AccessTokenService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const decision = this.reflector.getAllAndOverride<AccessDecision | undefined>(ACCESS_METADATA, [
      context.getHandler(),
      context.getClass(),
    ]);
    const type = context.getType();
    if (type === 'ws') return this.allowSocket(context, decision);
    if (type !== 'http') throw forbidden();

    if (!decision) {
      this.logger.error(`No access decision on ${context.getClass().name}.${context.getHandler().name}: refused. Add @Public(), @SignedIn() or @Roles().`);
      throw forbidden('This route is closed');
    }
    if (decision.kind === 'public') return true;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const user = await this.accessTokens.verify(bearerToken(request));
    request.authenticatedUser = user;
    return this.hasRole(user, decision);
  }

  private allowSocket(context: ExecutionContext, decision: AccessDecision | undefined): boolean {
    const user = currentUserOf(context);
    if (!user) throw unauthenticated();
    return decision ? this.hasRole(user, decision) : true;
  }

  private hasRole(user: AuthenticatedUser, decision: AccessDecision): boolean {
    if (decision.kind === 'roles' && !decision.roles.includes(user.role)) {
      throw forbidden('Your role does not allow this');
    }
    return true;
  }
}

function bearerToken(request: AuthenticatedRequest): string {
  const header = request.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  if (!match?.[1]) throw new DomainError('UNAUTHENTICATED', 'Sign in to continue: send Authorization: Bearer <accessToken>');
  return match[1];
}
