/** The rooms' socket events; only in processes that serve HTTP. */
import { Module } from '@nestjs/common';

import { ModerationModule } from '../moderation/moderation.module';
import { RoomsGateway } from './rooms.gateway';
import { RoomsModule } from './rooms.module';

@Module({ imports: [RoomsModule, ModerationModule], providers: [RoomsGateway] })
export class RoomsLiveModule {}
