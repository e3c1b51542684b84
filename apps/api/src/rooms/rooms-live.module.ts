/** The rooms' socket events; only in processes that serve HTTP. */
import { Module } from '@nestjs/common';

import { RoomsGateway } from './rooms.gateway';
import { RoomsModule } from './rooms.module';

@Module({ imports: [RoomsModule], providers: [RoomsGateway] })
export class RoomsLiveModule {}
