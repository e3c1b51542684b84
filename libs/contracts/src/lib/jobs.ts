/**
 * Background jobs, named once. Every job name here must have exactly one
 * handler in the worker; the API checks that at start.
 */
export const QUEUES = {
  maintenance: ['sessions.purge-expired'],
} as const;

export type QueueName = keyof typeof QUEUES;
export type JobName<Q extends QueueName = QueueName> = (typeof QUEUES)[Q][number];

export interface JobPayloads {
  'sessions.purge-expired': Record<string, never>;
}
