/**
 * `reviews.remind-overdue`, every quarter hour: submissions waiting for review
 * longer than REVIEW_REMINDER_AFTER_HOURS remind each lecturer of the
 * module's programme, once per submission and period (the event key carries
 * the period; lecturers already reminded for it are skipped in the query).
 */
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { APP_CONFIG } from '../../config/config.module';
import type { RuntimeConfig } from '../../platform/prepare-runtime';
import { HandlesJob } from '../../platform/queue/job-handler.decorator';
import { NotificationEvent, Notifier } from '../notifier';
import { overdueReviewKey } from './overdue-review-key';

/** Enough for one run; the rest wait for the next quarter hour. */
const BATCH = 500;

interface OverdueRow {
  submission_id: string;
  submitted_at: Date;
  lecturer_id: string;
  learner_name: string;
  assignment_title: { lt: string; en: string };
  period: number;
}

@Injectable()
export class RemindOverdueReviewsJob {
  constructor(
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifier: Notifier,
  ) {}

  @HandlesJob('reviews.remind-overdue')
  async remind(): Promise<void> {
    await this.remindAsOf(new Date());
  }

  /** Returns how many reminders were queued. */
  async remindAsOf(now: Date): Promise<number> {
    const periodSeconds = this.config.reviewReminderAfterHours * 3600;
    const rows = (await this.dataSource.query(
      `SELECT s.id AS submission_id, s.submitted_at, pl.user_id AS lecturer_id,
              learner.display_name AS learner_name, a.title AS assignment_title, w.period
         FROM submissions s
         CROSS JOIN LATERAL (SELECT floor(extract(epoch FROM ($1::timestamptz - s.submitted_at)) / $2)::int AS period) w
         JOIN assignments a ON a.id = s.assignment_id
         JOIN programme_modules m ON m.id = a.module_id
         JOIN programme_lecturers pl ON pl.programme_id = m.programme_id
         JOIN users lecturer ON lecturer.id = pl.user_id AND lecturer.role = 'lecturer' AND lecturer.deactivated_at IS NULL
         JOIN users learner ON learner.id = s.learner_id
        WHERE s.status = 'submitted'
          AND s.submitted_at <= $1::timestamptz - make_interval(secs => $2)
          AND NOT EXISTS (
                SELECT 1 FROM notifications n
                 WHERE n.recipient_id = pl.user_id
                   AND n.key = 'review-overdue:' || s.id || ':' || w.period)
        ORDER BY s.submitted_at, s.id, pl.user_id
        LIMIT ${BATCH}`,
      [now.toISOString(), periodSeconds],
    )) as OverdueRow[];
    const events: NotificationEvent[] = rows.map((row) => {
      return {
        key: overdueReviewKey(row.submission_id, row.period),
        recipientId: row.lecturer_id,
        kind: 'review_overdue',
        params: {
          learnerName: row.learner_name,
          'assignmentTitle.lt': row.assignment_title.lt,
          'assignmentTitle.en': row.assignment_title.en,
          waitingHours: String(Math.floor((now.getTime() - new Date(row.submitted_at).getTime()) / 3600_000)),
        },
        link: `/submissions/${row.submission_id}`,
      };
    });
    await this.notifier.notify(events);
    return events.length;
  }
}
