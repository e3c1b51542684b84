/** Liveness and readiness for load balancers and operators. */
import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { HealthResponse, ReadinessResponse } from '@klasteris/contracts';
import type { Response } from 'express';

import { Public } from '../accounts/access.decorators';
import { ReadinessChecks } from './readiness-checks';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly readiness: ReadinessChecks) {}

  @Public()
  @Get()
  @HttpCode(200)
  alive(): HealthResponse {
    return { status: 'ok' };
  }

  @Public()
  @Get('ready')
  async ready(@Res({ passthrough: true }) response: Response): Promise<ReadinessResponse> {
    const { ok, checks } = await this.readiness.run();
    response.status(ok ? 200 : 503);
    return { status: ok ? 'ok' : 'unavailable', checks };
  }
}
