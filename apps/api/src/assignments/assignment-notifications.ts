/**
 * What people hear about assignment work, handed to the Notifier after the
 * write committed: a submission to each lecturer of the programme, a review
 * to the learner. Keys name the event and the recipient, so a repeated
 * event never notifies twice. Template params carry both languages
 * (see notifications/notification-templates.ts for what each kind reads).
 */
import { Injectable, Logger } from '@nestjs/common';
import type { LocalizedText, ReviewVerdict } from '@klasteris/contracts';

import { type NotificationEvent, Notifier } from '../notifications/notifier';
import { withFallback } from '../programmes/content/rendered-text';

export interface SubmissionMade {
  submissionId: string;
  learnerName: string;
  assignmentTitle: LocalizedText;
  moduleTitle: LocalizedText;
  attempt: number;
  lecturerIds: string[];
}

export interface ReviewGiven {
  reviewId: string;
  submissionId: string;
  learnerId: string;
  reviewerName: string;
  assignmentTitle: LocalizedText;
  verdict: ReviewVerdict;
}

export const submissionLink = (submissionId: string) => `/submissions/${submissionId}`;

/** Per-language params as the templates read them (`name.lt`, `name.en`), never empty while one language is written. */
const bilingualParams = (name: string, text: LocalizedText): Record<string, string> => ({
  [`${name}.lt`]: withFallback(text, 'lt'),
  [`${name}.en`]: withFallback(text, 'en'),
});

export function submissionMadeEvents(event: SubmissionMade): NotificationEvent[] {
  return event.lecturerIds.map((lecturerId) => ({
    key: `submission-made:${event.submissionId}:${lecturerId}`,
    recipientId: lecturerId,
    kind: 'submission_made',
    params: {
      learnerName: event.learnerName,
      ...bilingualParams('assignmentTitle', event.assignmentTitle),
      ...bilingualParams('moduleTitle', event.moduleTitle),
      attempt: String(event.attempt),
    },
    link: submissionLink(event.submissionId),
  }));
}

export function reviewGivenEvents(event: ReviewGiven): NotificationEvent[] {
  return [
    {
      key: `review-given:${event.reviewId}`,
      recipientId: event.learnerId,
      kind: 'review_given',
      params: {
        reviewerName: event.reviewerName,
        ...bilingualParams('assignmentTitle', event.assignmentTitle),
        verdict: event.verdict,
      },
      link: submissionLink(event.submissionId),
    },
  ];
}

@Injectable()
export class AssignmentNotifications {
  private readonly logger = new Logger(AssignmentNotifications.name);

  constructor(private readonly notifier: Notifier) {}

  submissionMade(event: SubmissionMade): Promise<void> {
    return this.send(submissionMadeEvents(event));
  }

  reviewGiven(event: ReviewGiven): Promise<void> {
    return this.send(reviewGivenEvents(event));
  }

  /**
   * The work is committed whatever happens here; a failure to enqueue is
   * logged with the keys rather than turned into an error for work that
   * succeeded (the overdue reminder still finds waiting submissions).
   */
  private async send(events: NotificationEvent[]): Promise<void> {
    if (events.length === 0) return;
    try {
      await this.notifier.notify(events);
    } catch (error) {
      const keys = events.map((event) => event.key).join(', ');
      this.logger.error(
        `Could not enqueue notifications ${keys}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
}
