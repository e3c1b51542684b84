/**
 * The bell's bookkeeping, pure: the recent notifications (newest first, one
 * per id) and the unread count, kept right whatever order the live event,
 * a reload and the person's own "mark as read" arrive in.
 */
import type { Notification, Uuid } from '@klasteris/contracts';

export interface Inbox {
  /** Newest first. Null until the list was loaded once. */
  items: readonly Notification[] | null;
  /** The server's unread count, moved by what happened since. Null until known. */
  unread: number | null;
}

export const EMPTY_INBOX: Inbox = { items: null, unread: null };

/** How many recent notifications the bell keeps. */
export const INBOX_LIMIT = 20;

function byNewest(a: Notification, b: Notification): number {
  return b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id);
}

/**
 * A live `notification:new`. Counted once: a notification the inbox already
 * holds (a duplicate delivery, or one a reload brought first) changes nothing.
 */
export function receive(inbox: Inbox, notification: Notification): Inbox {
  if (inbox.items?.some((item) => item.id === notification.id)) return inbox;
  const counts = notification.readAt === null;
  return {
    items: inbox.items === null ? null : [notification, ...inbox.items].sort(byNewest).slice(0, INBOX_LIMIT),
    unread: inbox.unread === null ? null : inbox.unread + (counts ? 1 : 0),
  };
}

/** A fresh page and count from the server replace what was held. */
export function reloaded(items: readonly Notification[], unread: number): Inbox {
  const unique = new Map(items.map((item) => [item.id, item]));
  return { items: [...unique.values()].sort(byNewest).slice(0, INBOX_LIMIT), unread: Math.max(0, unread) };
}

/** One marked as read (optimistically, or the server's answer): counted down once. */
export function markRead(inbox: Inbox, id: Uuid, readAt: string): Inbox {
  const target = inbox.items?.find((item) => item.id === id);
  // Unknown here, or already read: the count has nothing to take back (a reload will say).
  if (!target || target.readAt !== null) return inbox;
  return {
    items: inbox.items?.map((item) => (item.id === id ? { ...item, readAt } : item)) ?? null,
    unread: inbox.unread === null ? null : Math.max(0, inbox.unread - 1),
  };
}

export function markAllRead(inbox: Inbox, readAt: string): Inbox {
  return {
    items: inbox.items?.map((item) => (item.readAt === null ? { ...item, readAt } : item)) ?? null,
    unread: inbox.unread === null ? null : 0,
  };
}

/** What the badge says: nothing at 0, "99+" past 99. */
export function badgeText(unread: number | null): string | null {
  if (unread === null || unread <= 0) return null;
  return unread > 99 ? '99+' : String(unread);
}

/**
 * A notification's link, if it is a path inside this app ("/submissions/…").
 * Anything else (another site, "//host", "javascript:") is not followed.
 */
export function internalLink(link: string | null): string | null {
  if (link === null) return null;
  return /^\/(?![/\\])[^\s]*$/.test(link) ? link : null;
}
