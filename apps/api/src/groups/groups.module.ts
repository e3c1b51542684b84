/**
 * Working groups (cluster discussions): groups with organisations and
 * members, channels that are rooms of the live engine, pins and search.
 * The socket side is GroupsLiveModule, in processes that serve HTTP.
 */
import { Module } from '@nestjs/common';

import { RoomsModule } from '../rooms/rooms.module';
import { ChannelPinsService } from './channel-pins.service';
import { GroupSearchService } from './group-search.service';
import { GroupsController } from './groups.controller';
import { GroupsService } from './groups.service';

@Module({
  imports: [RoomsModule],
  controllers: [GroupsController],
  providers: [GroupsService, GroupSearchService, ChannelPinsService],
  exports: [GroupsService, ChannelPinsService],
})
export class GroupsModule {}
