/**
 * The queue dashboard, pure: what each queue and job state is called, which
 * states get a column, counts written the reader's way, and which queue's
 * failed jobs to show.
 */
import { JOB_STATES, type JobState, type Locale, type QueueName, type QueueSummary } from '@klasteris/contracts';

import { INTL_LOCALES } from '../../../core/i18n/date-time-format';
import type { TranslationKey } from '../../../core/i18n/translation-key';

export const QUEUE_LABELS: Readonly<Record<QueueName, TranslationKey>> = {
  maintenance: 'admin.queues.names.maintenance',
  notifications: 'admin.queues.names.notifications',
  mail: 'admin.queues.names.mail',
  'office-hours': 'admin.queues.names.officeHours',
  moderation: 'admin.queues.names.moderation',
  privacy: 'admin.queues.names.privacy',
};

export const STATE_LABELS: Readonly<Record<JobState, TranslationKey>> = {
  waiting: 'admin.queues.states.waiting',
  active: 'admin.queues.states.active',
  delayed: 'admin.queues.states.delayed',
  prioritized: 'admin.queues.states.prioritized',
  'waiting-children': 'admin.queues.states.waitingChildren',
  completed: 'admin.queues.states.completed',
  failed: 'admin.queues.states.failed',
};

/** Always a column; the rarer states get one only while some queue has such jobs. */
const ALWAYS_SHOWN: ReadonlySet<JobState> = new Set(['waiting', 'active', 'delayed', 'completed', 'failed']);

/** The states to show as columns, in the contract's order. */
export function shownStates(summaries: readonly QueueSummary[]): JobState[] {
  return JOB_STATES.filter(
    (state) => ALWAYS_SHOWN.has(state) || summaries.some((summary) => (summary.counts[state] ?? 0) > 0),
  );
}

const numberFormats = new Map<Locale, Intl.NumberFormat>();

/** `12345` → "12 345" in Lithuanian, "12,345" in English; a missing count is 0. */
export function formatCount(count: number | undefined, locale: Locale): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALES[locale], { maximumFractionDigits: 0 });
    numberFormats.set(locale, format);
  }
  return format.format(count ?? 0);
}

/**
 * Whose failed jobs to show: the queue already chosen while it is listed,
 * otherwise the first with failures, otherwise the first queue.
 */
export function queueToShow(summaries: readonly QueueSummary[], chosen: QueueName | null): QueueName | null {
  if (chosen !== null && summaries.some((summary) => summary.name === chosen)) return chosen;
  return (summaries.find((summary) => (summary.counts.failed ?? 0) > 0) ?? summaries[0])?.name ?? null;
}

/** A further page after the ones shown, without repeating a job that moved between pages. */
export function appendNew<T extends { id: string }>(shown: readonly T[], next: readonly T[]): T[] {
  const known = new Set(shown.map((item) => item.id));
  return [...shown, ...next.filter((item) => !known.has(item.id))];
}
