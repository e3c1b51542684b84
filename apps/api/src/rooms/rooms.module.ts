/** The live engine under working-group channels and consultations. */
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { MessagesService } from './messages.service';
import { PresenceService } from './presence.service';
import { RoomHooks } from './room-hooks';
import { RoomJoinExtensions } from './room-join-extensions';
import { RoomMemberEntity } from './room-member.entity';
import { RoomEntity } from './room.entity';
import { RoomsController } from './rooms.controller';
import { RoomsService } from './rooms.service';

@Module({
  imports: [TypeOrmModule.forFeature([RoomEntity, RoomMemberEntity])],
  controllers: [RoomsController],
  providers: [RoomsService, MessagesService, PresenceService, RoomHooks, RoomJoinExtensions],
  exports: [RoomsService, MessagesService, PresenceService, RoomHooks, RoomJoinExtensions],
})
export class RoomsModule {}
