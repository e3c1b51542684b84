/**
 * Tells everyone in a consultation's room that it changed (started, ended):
 * presenters get their view and the rest of the room theirs, read after the
 * change. For the lecturer's routes and the system's end of a slot room alike.
 */
import { Injectable } from '@nestjs/common';

import { ConsultationsService } from './consultations.service';
import { QuestionBroadcast } from './question-broadcast';

@Injectable()
export class ConsultationAnnouncer {
  constructor(
    private readonly consultations: ConsultationsService,
    private readonly broadcast: QuestionBroadcast,
  ) {}

  async changed(id: string): Promise<void> {
    const [forStaff, forPeers] = await Promise.all([
      this.consultations.view({ presents: true }, id),
      this.consultations.view({ presents: false }, id),
    ]);
    this.broadcast.consultation(forStaff, forPeers);
  }
}
