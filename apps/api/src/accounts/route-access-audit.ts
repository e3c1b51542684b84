/**
 * Lists every HTTP route handler that declares no access decision. Such a
 * route is refused at run time anyway; this makes the mistake loud at start
 * (an error log line per route) and lets a test fail on it.
 */
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';

import { ACCESS_METADATA, AccessDecision } from './access.decorators';

export interface AuditedRoute {
  /** `Controller.method` */
  handler: string;
  decision: AccessDecision | undefined;
}

@Injectable()
export class RouteAccessAudit implements OnApplicationBootstrap {
  private readonly logger = new Logger(RouteAccessAudit.name);

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onApplicationBootstrap(): void {
    for (const route of this.undecidedRoutes()) {
      this.logger.error(`Route ${route.handler} has no access decision and will refuse every call`);
    }
  }

  routes(): AuditedRoute[] {
    return this.discovery.getControllers().flatMap((wrapper) => {
      const controller = wrapper.metatype;
      if (typeof controller !== 'function') return [];
      const prototype = controller.prototype as Record<string, unknown>;
      return this.scanner
        .getAllMethodNames(prototype)
        .map((name) => ({ name, handler: prototype[name] }))
        .filter((method): method is { name: string; handler: (...args: unknown[]) => unknown } =>
          typeof method.handler === 'function' && isRoute(method.handler),
        )
        .map(({ name, handler }) => ({
          handler: `${controller.name}.${name}`,
          decision: this.reflector.getAllAndOverride<AccessDecision | undefined>(ACCESS_METADATA, [handler, controller]),
        }));
    });
  }

  undecidedRoutes(): AuditedRoute[] {
    return this.routes().filter((route) => route.decision === undefined);
  }
}

function isRoute(handler: object): boolean {
  return Reflect.getMetadata(PATH_METADATA, handler) !== undefined && Reflect.getMetadata(METHOD_METADATA, handler) !== undefined;
}
