/** The live engine under working-group channels and consultations. */
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { MessageBroadcast } from './message-broadcast';
import { MessagesService } from './messages.service';
import { PresenceService } from './presence.service';
import { RoomHooks } from './room-hooks';
import { RoomJoinExtensions } from './room-join-extensions';
import { RoomMemberEntity } from './room-member.entity';
import { RoomRestrictions } from './room-restrictions';
import { RoomEntity } from './room.entity';
import { RoomsController } from './rooms.controller';
import { RoomsService } from './rooms.service';

@Module({
  imports: [TypeOrmModule.forFeature([RoomEntity, RoomMemberEntity])],
  controllers: [RoomsController],
  providers: [
    RoomsService,
    MessagesService,
    MessageBroadcast,
    PresenceService,
    RoomHooks,
    RoomJoinExtensions,
    RoomRestrictions,
  ],
  exports: [
    RoomsService,
    MessagesService,
    MessageBroadcast,
    PresenceService,
    RoomHooks,
    RoomJoinExtensions,
    RoomRestrictions,
  ],
})
export class RoomsModule {}
