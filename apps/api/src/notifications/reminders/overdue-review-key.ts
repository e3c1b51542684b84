/**
 * The event key of a reminder: the submission and the n-th full period it has
 * waited (counted in SQL by the job), so each lecturer is reminded once per
 * submission and period. The job's query matches this shape.
 */
export const overdueReviewKey = (submissionId: string, period: number) => `review-overdue:${submissionId}:${period}`;
