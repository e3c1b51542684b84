import { Controller, Get, Post } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';

import { Public, Roles, SignedIn } from './access.decorators';
import { RouteAccessAudit } from './route-access-audit';

@Controller('decided')
class DecidedController {
  @Public() @Get() list(): string {
    return 'ok';
  }
  @SignedIn() @Post() create(): string {
    return 'ok';
  }
  helper(): string {
    return 'ok';
  }
}

@Roles('admin')
@Controller('admin')
class AdminController {
  @Get() list(): string {
    return 'ok';
  }
}

@Controller('forgotten')
class ForgottenController {
  @Public() @Get() open(): string {
    return 'ok';
  }
  @Post() forgot(): string {
    return 'ok';
  }
}

describe('RouteAccessAudit', () => {
  it('lists every route handler with its decision and names the ones without', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [DiscoveryModule],
      controllers: [DecidedController, AdminController, ForgottenController],
      providers: [RouteAccessAudit],
    }).compile();
    const audit = moduleRef.get(RouteAccessAudit);

    expect(
      audit
        .routes()
        .map((route) => route.handler)
        .sort(),
    ).toEqual(
      [
        'AdminController.list',
        'DecidedController.create',
        'DecidedController.list',
        'ForgottenController.forgot',
        'ForgottenController.open',
      ].sort(),
    );
    expect(audit.undecidedRoutes()).toEqual([{ handler: 'ForgottenController.forgot', decision: undefined }]);
    await moduleRef.close();
  });
});
