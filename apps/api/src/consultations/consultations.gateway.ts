/**
 * Question events on `/live`: parse, check, delegate, publish. Registers its
 * handlers with the platform's router, and with the rooms engine what
 * `room:join` adds for a consultation: presenters and moderators join the
 * room's staff channel, and everyone gets the questions they may see.
 */
import { Injectable, OnModuleInit } from '@nestjs/common';
import type { Question, Room } from '@klasteris/contracts';

import { ContentFilter } from '../moderation/reports/content-filter';
import { validatePayload } from '../platform/http/validation';
import { LiveEventRouter } from '../platform/realtime/live-event-router';
import { roomStaffChannel } from '../platform/realtime/live-publisher';
import type { LiveSocket } from '../platform/realtime/live-socket';
import { RateLimiter } from '../platform/rate-limit/rate-limiter';
import { RoomJoinExtensions } from '../rooms/room-join-extensions';
import { ConsultationsService } from './consultations.service';
import { askingTooFast } from './consultations.errors';
import { AnswerQuestionDto, AskQuestionDto, UpdateQuestionDto, VoteQuestionDto } from './dto/question-events.dto';
import { QuestionBroadcast } from './question-broadcast';
import { QuestionChange, QuestionsService } from './questions.service';

/** As for messages: a burst of 10, then 3 a second per person, across all rooms and nodes. */
const ASK_RATE = { capacity: 10, refillPerSecond: 3 };

@Injectable()
export class ConsultationsGateway implements OnModuleInit {
  constructor(
    private readonly router: LiveEventRouter,
    private readonly joinExtensions: RoomJoinExtensions,
    private readonly consultations: ConsultationsService,
    private readonly questions: QuestionsService,
    private readonly broadcast: QuestionBroadcast,
    private readonly rateLimiter: RateLimiter,
    private readonly contentFilter: ContentFilter,
  ) {}

  onModuleInit(): void {
    this.joinExtensions.register('consultation', { joined: (socket, room) => this.joined(socket, room) });
    this.router.on('question:ask', (socket, payload) => this.ask(socket, payload));
    this.router.on('question:vote', (socket, payload) => this.vote(socket, payload));
    this.router.on('question:answer', (socket, payload) => this.answer(socket, payload));
    this.router.on('question:update', (socket, payload) => this.update(socket, payload));
  }

  private async joined(socket: LiveSocket, room: Room): Promise<{ questions: Question[] }> {
    const user = socket.data.user;
    const context = await this.consultations.context(user, room.id);
    // Before reading: a question stored meanwhile then arrives live, or in the list, or both; never neither.
    if (context.canPresent) await socket.join(roomStaffChannel(room.id));
    return { questions: await this.questions.forJoin(user, context) };
  }

  private async ask(socket: LiveSocket, payload: unknown) {
    const input = await validatePayload(AskQuestionDto, payload);
    const user = socket.data.user;
    const allowance = await this.rateLimiter.take(`question:${user.id}`, ASK_RATE);
    if (!allowance.allowed) throw askingTooFast(allowance.retryAfterSeconds);
    const hold = await this.contentFilter.screen(input.body);
    const change = await this.questions.ask(user, input, { held: hold !== null });
    if (!change.unchanged) {
      this.broadcast.question('question:new', change.row);
      if (hold) this.contentFilter.held({ type: 'question', id: change.row.id, roomId: change.row.room_id }, hold);
    }
    return { question: change.question };
  }

  private async vote(socket: LiveSocket, payload: unknown) {
    const { questionId, up } = await validatePayload(VoteQuestionDto, payload);
    return this.published(await this.questions.vote(socket.data.user, questionId, up));
  }

  private async answer(socket: LiveSocket, payload: unknown) {
    const { questionId, body } = await validatePayload(AnswerQuestionDto, payload);
    return this.published(await this.questions.answer(socket.data.user, questionId, body));
  }

  private async update(socket: LiveSocket, payload: unknown) {
    const input = await validatePayload(UpdateQuestionDto, payload);
    return this.published(await this.questions.update(socket.data.user, input));
  }

  private published(change: QuestionChange): { question: Question } {
    if (change.publishedNow) this.broadcast.approved(change.row);
    else if (!change.unchanged) this.broadcast.question('question:updated', change.row);
    return { question: change.question };
  }
}
