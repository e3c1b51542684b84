/** A submission row, with its learner, file and review, as the API serves it. */
import type { ReviewVerdict, Submission, SubmissionFileType, SubmissionStatus } from '@klasteris/contracts';

export interface SubmissionRow {
  id: string;
  assignment_id: string;
  attempt: number;
  body: string;
  status: SubmissionStatus;
  submitted_at: Date;
  late: boolean;
  learner_id: string;
  learner_name: string;
  organisation_name: string | null;
  file_id: string | null;
  file_name: string | null;
  file_media_type: SubmissionFileType | null;
  file_size: number | null;
  review_id: string | null;
  verdict: ReviewVerdict | null;
  feedback: string | null;
  review_created_at: Date | null;
  reviewer_id: string | null;
  reviewer_name: string | null;
}

/** FROM `submissions s` joined to everything a SubmissionRow needs; `a` is the assignment. */
export const SUBMISSION_FROM = `
  submissions s
  JOIN assignments a ON a.id = s.assignment_id
  JOIN users u ON u.id = s.learner_id
  LEFT JOIN organisations o ON o.id = u.organisation_id
  LEFT JOIN stored_files f ON f.id = s.file_id
  LEFT JOIN reviews r ON r.submission_id = s.id
  LEFT JOIN users rv ON rv.id = r.reviewer_id`;

export const SUBMISSION_COLUMNS = `
  s.id, s.assignment_id, s.attempt, s.body, s.status, s.submitted_at,
  (a.due_at IS NOT NULL AND s.submitted_at > a.due_at) AS late,
  u.id AS learner_id, u.display_name AS learner_name, o.name AS organisation_name,
  f.id AS file_id, f.original_name AS file_name, f.media_type AS file_media_type, f.size_bytes AS file_size,
  r.id AS review_id, r.verdict, r.feedback, r.created_at AS review_created_at,
  rv.id AS reviewer_id, rv.display_name AS reviewer_name`;

export function toSubmission(row: SubmissionRow): Submission {
  return {
    id: row.id,
    assignmentId: row.assignment_id,
    learner: { id: row.learner_id, displayName: row.learner_name, organisationName: row.organisation_name },
    body: row.body,
    file:
      row.file_id && row.file_name && row.file_media_type && row.file_size !== null
        ? { id: row.file_id, name: row.file_name, mediaType: row.file_media_type, sizeBytes: row.file_size }
        : null,
    attempt: row.attempt,
    status: row.status,
    submittedAt: row.submitted_at.toISOString(),
    late: row.late,
    review:
      row.review_id && row.verdict && row.review_created_at
        ? {
            id: row.review_id,
            submissionId: row.id,
            verdict: row.verdict,
            feedback: row.feedback ?? '',
            reviewer: row.reviewer_id ? { id: row.reviewer_id, displayName: row.reviewer_name ?? '' } : null,
            createdAt: row.review_created_at.toISOString(),
          }
        : null,
  };
}
