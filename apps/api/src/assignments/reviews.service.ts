/**
 * Reviewing: a lecturer of the programme gives a verdict ("passed" or
 * "revise", the latter with feedback) once per submission, and the learner
 * hears of it. The review queue lists waiting submissions of the
 * programmes the lecturer teaches, oldest first.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { LocalizedText, Page, ReviewQueueItem, ReviewVerdict, Submission } from '@klasteris/contracts';
import { DataSource } from 'typeorm';

import type { AuthenticatedUser } from '../accounts/authenticated-user';
import { isUniqueViolation } from '../accounts/unique-violation';
import { renderText } from '../programmes/content/rendered-text';
import { ProgrammeAccess } from '../programmes/programme-access';
import { returnedRow } from '../programmes/returned-row';
import { AssignmentNotifications } from './assignment-notifications';
import { alreadyReviewed, feedbackRequired, submissionNotFound } from './assignments.errors';
import { decodeReviewQueueCursor, encodeReviewQueueCursor } from './review-queue-cursor';
import { SUBMISSION_COLUMNS, SUBMISSION_FROM, type SubmissionRow, toSubmission } from './submission-view';
import { SubmissionsService } from './submissions.service';

export interface NewReview {
  verdict: ReviewVerdict;
  /** Trimmed plain text. */
  feedback: string;
}

export interface ReviewQueueOptions {
  programmeId?: string;
  cursor?: string;
  limit?: number;
}

interface QueueRow extends SubmissionRow {
  assignment_title: LocalizedText;
  module_id: string;
  module_title: LocalizedText;
  programme_id: string;
  programme_title: LocalizedText;
  sort_key: string;
}

const DEFAULT_PAGE_SIZE = 50;

@Injectable()
export class ReviewsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ProgrammeAccess,
    private readonly submissions: SubmissionsService,
    private readonly notifications: AssignmentNotifications,
  ) {}

  async review(reviewer: AuthenticatedUser, submissionId: string, input: NewReview): Promise<Submission> {
    const [target] = (await this.db.query(
      `SELECT s.learner_id, s.status, a.title, m.programme_id
         FROM submissions s JOIN assignments a ON a.id = s.assignment_id JOIN programme_modules m ON m.id = a.module_id
        WHERE s.id = $1`,
      [submissionId],
    )) as { learner_id: string; status: string; title: LocalizedText; programme_id: string }[];
    if (!target) throw submissionNotFound();
    await this.access.assertTeaches(reviewer, target.programme_id);
    if (input.verdict === 'revise' && input.feedback === '') throw feedbackRequired();
    if (target.status !== 'submitted') throw alreadyReviewed();

    let reviewId: string;
    try {
      reviewId = await this.db.transaction(async (manager) => {
        const updated = (await manager.query(
          `UPDATE submissions SET status = $2, reviewed_at = now() WHERE id = $1 AND status = 'submitted' RETURNING id`,
          [submissionId, input.verdict],
        )) as [unknown[], number];
        if (updated[1] === 0) throw alreadyReviewed();
        const row = returnedRow(
          (await manager.query(
            `INSERT INTO reviews (submission_id, reviewer_id, verdict, feedback) VALUES ($1, $2, $3, $4) RETURNING id`,
            [submissionId, reviewer.id, input.verdict, input.feedback],
          )) as { id: string }[],
        );
        return row.id;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'reviews_submission_key')) throw alreadyReviewed();
      throw error;
    }

    await this.notifications.reviewGiven({
      reviewId,
      submissionId,
      learnerId: target.learner_id,
      reviewerName: reviewer.displayName,
      assignmentTitle: target.title,
      verdict: input.verdict,
    });
    return toSubmission(await this.submissions.row(submissionId));
  }

  async queue(reviewer: AuthenticatedUser, options: ReviewQueueOptions): Promise<Page<ReviewQueueItem>> {
    if (options.programmeId) {
      await this.access.assertProgrammeExists(options.programmeId);
      await this.access.assertTeaches(reviewer, options.programmeId);
    }
    const after = options.cursor ? decodeReviewQueueCursor(options.cursor) : null;
    const limit = options.limit ?? DEFAULT_PAGE_SIZE;
    const rows = (await this.db.query(
      `SELECT ${SUBMISSION_COLUMNS},
              a.title AS assignment_title, m.id AS module_id, m.title AS module_title,
              p.id AS programme_id, p.title AS programme_title,
              to_char(s.submitted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS sort_key
         FROM ${SUBMISSION_FROM}
         JOIN programme_modules m ON m.id = a.module_id
         JOIN programmes p ON p.id = m.programme_id
        WHERE s.status = 'submitted'
          AND ($1::boolean OR EXISTS (
                SELECT 1 FROM programme_lecturers l WHERE l.programme_id = p.id AND l.user_id = $2))
          AND ($3::uuid IS NULL OR p.id = $3)
          AND ($4::timestamptz IS NULL OR (s.submitted_at, s.id) > ($4::timestamptz, $5::uuid))
        ORDER BY s.submitted_at, s.id
        LIMIT $6`,
      [
        reviewer.role === 'admin',
        reviewer.id,
        options.programmeId ?? null,
        after?.submittedAt ?? null,
        after?.id ?? null,
        limit + 1,
      ],
    )) as QueueRow[];
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map(toQueueItem),
      nextCursor:
        rows.length > limit && last ? encodeReviewQueueCursor({ submittedAt: last.sort_key, id: last.id }) : null,
    };
  }
}

function toQueueItem(row: QueueRow): ReviewQueueItem {
  return {
    submission: toSubmission(row),
    assignment: { id: row.assignment_id, title: renderText(row.assignment_title, 'inline') },
    module: { id: row.module_id, title: renderText(row.module_title, 'inline') },
    programme: { id: row.programme_id, title: renderText(row.programme_title, 'inline') },
  };
}
