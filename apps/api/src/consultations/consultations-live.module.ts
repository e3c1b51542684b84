/** The question events and what room:join adds for consultations; only in processes that serve HTTP. */
import { Module } from '@nestjs/common';

import { ModerationModule } from '../moderation/moderation.module';
import { RoomsModule } from '../rooms/rooms.module';
import { ConsultationsGateway } from './consultations.gateway';
import { ConsultationsModule } from './consultations.module';

@Module({ imports: [ConsultationsModule, RoomsModule, ModerationModule], providers: [ConsultationsGateway] })
export class ConsultationsLiveModule {}
