/**
 * The pure rules of the moderation console, apart from Angular so they are
 * unit-tested: which request a one-click action on a reported item makes,
 * what the queue looks like after an item leaves it and where focus goes,
 * how the system's figures read in the audit log, and the date filters.
 */
import type {
  AuditedAction,
  ModerationActionRequest,
  ModerationAuditEntry,
  PersonRef,
  ReportedItem,
} from '@klasteris/contracts';

import type { ErrorMessage } from '../../core/api/api-error';
import type { TranslationKey } from '../../core/i18n/translation-key';

export const ACTION_LABELS: Readonly<Record<AuditedAction, TranslationKey>> = {
  hide: 'moderation.actions.hide',
  restore: 'moderation.actions.restore',
  delete: 'moderation.actions.delete',
  mute: 'moderation.actions.mute',
  unmute: 'moderation.actions.unmute',
  ban: 'moderation.actions.ban',
  unban: 'moderation.actions.unban',
  slow_mode: 'moderation.actions.slowMode',
  lock: 'moderation.actions.lock',
  unlock: 'moderation.actions.unlock',
  dismiss: 'moderation.actions.dismiss',
};

/** The mute lengths offered on a queue card. */
export const MUTE_CHOICES: readonly { seconds: number; label: TranslationKey }[] = [
  { seconds: 10 * 60, label: 'moderation.queue.mute10m' },
  { seconds: 60 * 60, label: 'moderation.queue.mute1h' },
  { seconds: 24 * 60 * 60, label: 'moderation.queue.mute24h' },
];

/** One click on a queue card. */
export type QueueChoice =
  | { action: 'hide' | 'restore' | 'delete' | 'ban' }
  | { action: 'mute'; durationSeconds: number }
  | { action: 'dismiss' };

/** The action request a choice makes for an item; null for a dismissal, or when the author is unknown. */
export function queueActionRequest(
  item: ReportedItem,
  choice: QueueChoice,
  reason: string,
): ModerationActionRequest | null {
  const base = { roomId: item.roomId, reason: reason.trim() };
  switch (choice.action) {
    case 'dismiss':
      return null;
    case 'hide':
    case 'restore':
    case 'delete':
      return { ...base, action: choice.action, targetType: item.targetType, targetId: item.targetId };
    case 'ban':
      return item.author === null ? null : { ...base, action: 'ban', userId: item.author.id };
    case 'mute':
      return item.author === null
        ? null
        : { ...base, action: 'mute', userId: item.author.id, durationSeconds: choice.durationSeconds };
  }
}

export function itemKey(item: Pick<ReportedItem, 'targetType' | 'targetId'>): string {
  return `${item.targetType}:${item.targetId}`;
}

export function withoutItem(items: readonly ReportedItem[], key: string): readonly ReportedItem[] {
  const next = items.filter((item) => itemKey(item) !== key);
  return next.length === items.length ? items : next;
}

/** After the card at `removedIndex` leaves a list now `remaining` long: the card now there, the one before, or none. */
export function focusIndexAfterRemoval(removedIndex: number, remaining: number): number | null {
  if (remaining <= 0) return null;
  return Math.min(removedIndex, remaining - 1);
}

/** Appends a further page, never listing an item (or an entry) twice. */
export function appendPage<T>(current: readonly T[], page: readonly T[], key: (value: T) => string): readonly T[] {
  const seen = new Set(current.map(key));
  return [...current, ...page.filter((value) => !seen.has(key(value)))];
}

// ---------------------------------------------------------------- the audit log

/** The figures behind a system action, as sentences: the known ones translated, others as "name: value". */
export function auditDetailLines(detail: ModerationAuditEntry['detail']): ErrorMessage[] {
  if (detail === null) return [];
  const rest = { ...detail };
  const lines: ErrorMessage[] = [];
  const figure = (name: string) => {
    const value = rest[name];
    delete rest[name];
    return value;
  };
  if (rest['messagesPerMinute'] !== undefined) {
    const count = figure('messagesPerMinute') ?? '';
    const threshold = figure('threshold');
    lines.push(
      threshold === undefined
        ? { key: 'moderation.audit.detail.messagesPerMinute', params: { count } }
        : { key: 'moderation.audit.detail.messagesPerMinuteOf', params: { count, threshold } },
    );
  }
  if (rest['reportsPerTenMinutes'] !== undefined) {
    const count = figure('reportsPerTenMinutes') ?? '';
    const threshold = figure('threshold');
    lines.push(
      threshold === undefined
        ? { key: 'moderation.audit.detail.reports', params: { count } }
        : { key: 'moderation.audit.detail.reportsOf', params: { count, threshold } },
    );
  }
  for (const [name, value] of Object.entries(rest)) {
    lines.push({ key: 'moderation.audit.detail.other', params: { name, value } });
  }
  return lines;
}

/** The people an audit filter can name: everyone acting or acted on in the entries seen so far, by name. */
export function peopleIn(entries: readonly ModerationAuditEntry[], keep: readonly PersonRef[] = []): PersonRef[] {
  const byId = new Map<string, PersonRef>();
  for (const person of keep) byId.set(person.id, person);
  for (const entry of entries) {
    if (entry.actor !== null) byId.set(entry.actor.id, entry.actor);
    if (entry.targetUser !== null) byId.set(entry.targetUser.id, entry.targetUser);
  }
  return [...byId.values()].sort((a, b) => a.displayName.localeCompare(b.displayName));
}

/**
 * A date field (`YYYY-MM-DD`, in the reader's own calendar) as the instant a
 * filter starts (`start`) or the instant after its day ends (`end`), in UTC.
 */
export function dayBoundary(date: string, edge: 'start' | 'end'): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match === null) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const local = new Date(year, month, day + (edge === 'end' ? 1 : 0));
  return Number.isNaN(local.getTime()) ? null : local.toISOString();
}
