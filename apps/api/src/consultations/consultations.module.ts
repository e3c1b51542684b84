/**
 * Live consultations: Q&A sessions a lecturer runs in a room of the live
 * engine, open to everyone signed in or to one module's learners and
 * lecturers. Questions are asked, voted on, moderated and answered beside
 * the room's chat. The socket events live in ConsultationsLiveModule.
 */
import { Module } from '@nestjs/common';

import { ProgrammesModule } from '../programmes/programmes.module';
import { RoomsModule } from '../rooms/rooms.module';
import { ConsultationsController } from './consultations.controller';
import { ConsultationAnnouncer } from './consultation-announcer';
import { ConsultationsService } from './consultations.service';
import { QuestionBroadcast } from './question-broadcast';
import { QuestionsController } from './questions.controller';
import { QuestionsService } from './questions.service';

@Module({
  imports: [RoomsModule, ProgrammesModule],
  controllers: [ConsultationsController, QuestionsController],
  providers: [ConsultationsService, QuestionsService, QuestionBroadcast, ConsultationAnnouncer],
  exports: [ConsultationsService, QuestionsService, QuestionBroadcast, ConsultationAnnouncer],
})
export class ConsultationsModule {}
