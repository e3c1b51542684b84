/** Room REST routes: my rooms, room details and message history. */
import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Message, Page, Room, RoomSummary } from '@klasteris/contracts';

import { CurrentUser, SignedIn } from '../accounts/access.decorators';
import type { AuthenticatedUser } from '../accounts/authenticated-user';
import { MessageHistoryQuery } from './dto/message-history.query';
import { MessagesService } from './messages.service';
import { RoomsService } from './rooms.service';

@ApiTags('rooms')
@ApiBearerAuth()
@SignedIn()
@Controller('rooms')
export class RoomsController {
  constructor(
    private readonly rooms: RoomsService,
    private readonly messages: MessagesService,
  ) {}

  @Get()
  async list(@CurrentUser() user: AuthenticatedUser): Promise<{ items: RoomSummary[]; nextCursor: null }> {
    return { items: await this.rooms.listFor(user), nextCursor: null };
  }

  @Get(':id')
  get(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', new ParseUUIDPipe({ version: '4' })) roomId: string,
  ): Promise<Room> {
    return this.rooms.assertCanRead(user, roomId);
  }

  @Get(':id/messages')
  async history(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', new ParseUUIDPipe({ version: '4' })) roomId: string,
    @Query() query: MessageHistoryQuery,
  ): Promise<Page<Message>> {
    await this.rooms.assertCanRead(user, roomId);
    return this.messages.page(user, roomId, query);
  }
}
