import { ExecutionContext, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';

import { DomainError } from '../platform/errors/domain-error';
import { Public, Roles, SignedIn } from './access.decorators';
import { AccessGuard } from './access.guard';
import type { AccessTokenService } from './auth/access-token.service';
import type { AuthenticatedUser } from './authenticated-user';

const learner: AuthenticatedUser = {
  id: '00000000-0000-4000-8000-000000000001',
  role: 'learner',
  sessionId: '00000000-0000-4000-8000-000000000002',
  organisationId: null,
  displayName: 'Learner',
  locale: 'en',
};

class Routes {
  undecided(): string {
    return 'ok';
  }
  @Public() open(): string {
    return 'ok';
  }
  @SignedIn() mine(): string {
    return 'ok';
  }
  @Roles('admin', 'moderator') staff(): string {
    return 'ok';
  }
}

@Roles('admin')
class AdminRoutes {
  inherited(): string {
    return 'ok';
  }
  @Public() overridden(): string {
    return 'ok';
  }
}

function httpContext(target: object, handler: () => void, authorization?: string) {
  const request: { headers: Record<string, string>; authenticatedUser?: AuthenticatedUser } = {
    headers: authorization ? { authorization } : {},
  };
  const context = {
    getType: () => 'http',
    getHandler: () => handler,
    getClass: () => target.constructor,
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
  return { context, request };
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'allowed';
  } catch (error) {
    return error instanceof DomainError ? error.code : 'other';
  }
}

describe('AccessGuard', () => {
  const tokens = {
    verify: jest.fn(async (token: string) =>
      token === 'good' ? learner : Promise.reject(new DomainError('UNAUTHENTICATED', 'bad')),
    ),
  };
  const guard = new AccessGuard(new Reflector(), tokens as unknown as AccessTokenService);
  const routes = new Routes();
  const adminRoutes = new AdminRoutes();

  it('refuses and logs a route that declares no access decision, even for a valid token', async () => {
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    expect(await codeOf(guard.canActivate(httpContext(routes, routes.undecided, 'Bearer good').context))).toBe(
      'FORBIDDEN',
    );
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('Routes.undecided'));
    logged.mockRestore();
  });

  it('lets anyone through a public route without looking at tokens', async () => {
    tokens.verify.mockClear();
    expect(await guard.canActivate(httpContext(routes, routes.open).context)).toBe(true);
    expect(tokens.verify).not.toHaveBeenCalled();
  });

  it('needs a valid bearer token on a signed-in route and attaches the person', async () => {
    expect(await codeOf(guard.canActivate(httpContext(routes, routes.mine).context))).toBe('UNAUTHENTICATED');
    expect(await codeOf(guard.canActivate(httpContext(routes, routes.mine, 'Basic abc').context))).toBe(
      'UNAUTHENTICATED',
    );
    expect(await codeOf(guard.canActivate(httpContext(routes, routes.mine, 'Bearer bad').context))).toBe(
      'UNAUTHENTICATED',
    );
    const { context, request } = httpContext(routes, routes.mine, 'Bearer good');
    expect(await guard.canActivate(context)).toBe(true);
    expect(request.authenticatedUser).toEqual(learner);
  });

  it('refuses a person without one of the roles with FORBIDDEN', async () => {
    expect(await codeOf(guard.canActivate(httpContext(routes, routes.staff, 'Bearer good').context))).toBe('FORBIDDEN');
  });

  it('takes the controller decision unless the handler has its own', async () => {
    expect(
      await codeOf(guard.canActivate(httpContext(adminRoutes, adminRoutes.inherited, 'Bearer good').context)),
    ).toBe('FORBIDDEN');
    expect(await guard.canActivate(httpContext(adminRoutes, adminRoutes.overridden).context)).toBe(true);
  });
});
