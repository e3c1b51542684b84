/** Room REST routes: my rooms, room details, message history, threads and pins. */
import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Message, Page, Room, RoomSummary } from '@klasteris/contracts';

import { CurrentUser, SignedIn } from '../accounts/access.decorators';
import type { AuthenticatedUser } from '../accounts/authenticated-user';
import { validationFailed } from '../platform/http/validation';
import { MessageHistoryQuery, RepliesQuery } from './dto/message-history.query';
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
    if (query.aroundSeq !== undefined && (query.afterSeq !== undefined || query.beforeSeq !== undefined)) {
      throw validationFailed([
        { field: 'aroundSeq', messages: ['aroundSeq cannot be combined with afterSeq or beforeSeq'] },
      ]);
    }
    await this.rooms.assertCanRead(user, roomId);
    return this.messages.page(user, roomId, query);
  }

  /** A thread: the replies to a message, oldest first. */
  @Get(':id/messages/:messageId/replies')
  async replies(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', new ParseUUIDPipe({ version: '4' })) roomId: string,
    @Param('messageId', new ParseUUIDPipe({ version: '4' })) messageId: string,
    @Query() query: RepliesQuery,
  ): Promise<Page<Message>> {
    await this.rooms.assertCanRead(user, roomId);
    return this.messages.replies(user, roomId, messageId, query);
  }

  /** The room's pinned messages, newest pin first. */
  @Get(':id/pins')
  async pins(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', new ParseUUIDPipe({ version: '4' })) roomId: string,
  ): Promise<Page<Message>> {
    await this.rooms.assertCanRead(user, roomId);
    return this.messages.pins(user, roomId);
  }
}
