/**
 * Every route declares who may call it, on the handler or its controller
 * (the handler's wins): `@Public()`, `@SignedIn()` or `@Roles(...)`. The
 * global AccessGuard refuses a route that declares nothing.
 * `@CurrentUser()` hands the verified person to a handler.
 */
import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role } from '@klasteris/contracts';
import type { Request } from 'express';

import { DomainError } from '../platform/errors/domain-error';
import type { AuthenticatedUser } from './authenticated-user';

export const ACCESS_METADATA = 'klasteris:access';

export type AccessDecision = { kind: 'public' } | { kind: 'signed-in' } | { kind: 'roles'; roles: readonly Role[] };

/** Anyone, signed in or not. */
export const Public = () => SetMetadata<string, AccessDecision>(ACCESS_METADATA, { kind: 'public' });

/** Any signed-in person, whatever their role. */
export const SignedIn = () => SetMetadata<string, AccessDecision>(ACCESS_METADATA, { kind: 'signed-in' });

/** Signed-in people with one of these roles. */
export const Roles = (...roles: [Role, ...Role[]]) =>
  SetMetadata<string, AccessDecision>(ACCESS_METADATA, { kind: 'roles', roles });

/** A request the guard has let through, with the person attached (for signed-in routes). */
export interface AuthenticatedRequest extends Request {
  authenticatedUser?: AuthenticatedUser;
}

/** A socket whose handshake attached the person (see platform/realtime). */
interface SocketWithUser {
  data?: { user?: AuthenticatedUser };
}

export function currentUserOf(context: ExecutionContext): AuthenticatedUser | undefined {
  if (context.getType() === 'ws') return context.switchToWs().getClient<SocketWithUser>().data?.user;
  return context.switchToHttp().getRequest<AuthenticatedRequest>().authenticatedUser;
}

/** The signed-in person; only on `@SignedIn()` or `@Roles()` routes. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthenticatedUser => {
  const user = currentUserOf(context);
  // A handler asking for the person on a public route is a programming error; fail closed.
  if (!user) throw new DomainError('UNAUTHENTICATED', 'Sign in to continue');
  return user;
});
