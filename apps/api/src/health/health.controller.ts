/** Liveness and readiness for load balancers and operators. */
import { Controller, Get, HttpCode, Inject, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { HealthResponse, ReadinessResponse } from '@klasteris/contracts';
import type { Response } from 'express';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';

import { Public } from '../accounts/access.decorators';
import { QueueHealth } from '../platform/queue/queue-health';
import { REDIS_CLIENT } from '../platform/redis/redis.module';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queueHealth: QueueHealth,
    @Inject(REDIS_CLIENT) private readonly redis: Redis | null,
  ) {}

  @Public()
  @Get()
  @HttpCode(200)
  alive(): HealthResponse {
    return { status: 'ok' };
  }

  @Public()
  @Get('ready')
  async ready(@Res({ passthrough: true }) response: Response): Promise<ReadinessResponse> {
    const [database, queue, redis] = await Promise.all([
      this.dataSource.query('SELECT 1').then(() => 'up' as const, () => 'down' as const),
      this.queueHealth.isUp().then((up) => (up ? ('up' as const) : ('down' as const))),
      this.redis
        ? this.redis.ping().then(() => 'up' as const, () => 'down' as const)
        : Promise.resolve('not_configured' as const),
    ]);
    const ok = database === 'up' && queue === 'up' && redis !== 'down';
    response.status(ok ? 200 : 503);
    return { status: ok ? 'ok' : 'unavailable', checks: { database, queue, redis } };
  }
}
