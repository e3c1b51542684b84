/** The groups' socket side (group live channels, pins, activity and mentions); only in processes that serve HTTP. */
import { Module } from '@nestjs/common';

import { RoomsModule } from '../rooms/rooms.module';
import { GroupsGateway } from './groups.gateway';
import { GroupsModule } from './groups.module';

@Module({ imports: [RoomsModule, GroupsModule], providers: [GroupsGateway] })
export class GroupsLiveModule {}
