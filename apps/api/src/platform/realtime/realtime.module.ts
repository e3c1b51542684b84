/** The one live publisher and the event router, for every feature. */
import { Global, Module } from '@nestjs/common';

import { LiveEventRouter } from './live-event-router';
import { LivePublisher } from './live-publisher';

@Global()
@Module({ providers: [LivePublisher, LiveEventRouter], exports: [LivePublisher, LiveEventRouter] })
export class RealtimeModule {}
