import type { Notification } from '@klasteris/contracts';

import {
  badgeText,
  EMPTY_INBOX,
  INBOX_LIMIT,
  internalLink,
  markAllRead,
  markRead,
  receive,
  reloaded,
} from './notification-inbox';

function notification(id: string, minute: number, readAt: string | null = null): Notification {
  return {
    id,
    kind: 'submission_made',
    title: `Title ${id}`,
    body: `Body ${id}`,
    link: `/submissions/${id}`,
    createdAt: `2026-03-01T10:${String(minute).padStart(2, '0')}:00.000Z`,
    readAt,
  };
}

describe('the bell inbox', () => {
  it('puts a live arrival first and counts it once, however often it is delivered', () => {
    const loaded = reloaded([notification('a', 1), notification('b', 2, '2026-03-01T11:00:00Z')], 1);
    const once = receive(loaded, notification('c', 3));
    const twice = receive(once, notification('c', 3));
    expect(twice).toBe(once);
    expect(once.unread).toBe(2);
    expect(once.items?.map((item) => item.id)).toEqual(['c', 'b', 'a']);
  });

  it('does not count an arrival that is already read', () => {
    expect(receive(reloaded([], 0), notification('a', 1, '2026-03-01T10:05:00Z')).unread).toBe(0);
  });

  it('keeps the count unknown until the first load, and keeps at most the limit', () => {
    expect(receive(EMPTY_INBOX, notification('a', 1))).toEqual({ items: null, unread: null });
    const many = Array.from({ length: INBOX_LIMIT }, (_, index) => notification(`n${index}`, index));
    const full = receive(reloaded(many, INBOX_LIMIT), notification('new', 59));
    expect(full.items).toHaveLength(INBOX_LIMIT);
    expect(full.items?.[0].id).toBe('new');
    expect(full.unread).toBe(INBOX_LIMIT + 1);
  });

  it('orders a reload newest first and drops duplicates', () => {
    const inbox = reloaded([notification('a', 1), notification('b', 5), notification('a', 1)], 2);
    expect(inbox.items?.map((item) => item.id)).toEqual(['b', 'a']);
  });

  it('counts a read down once, and not for one already read or unknown', () => {
    const inbox = reloaded([notification('a', 1), notification('b', 2)], 5);
    const read = markRead(inbox, 'a', '2026-03-01T12:00:00Z');
    expect(read.unread).toBe(4);
    expect(read.items?.find((item) => item.id === 'a')?.readAt).toBe('2026-03-01T12:00:00Z');
    expect(markRead(read, 'a', '2026-03-01T12:01:00Z')).toBe(read);
    expect(markRead(read, 'zzz', '2026-03-01T12:01:00Z')).toBe(read);
  });

  it('marks all as read and the count goes to zero', () => {
    const inbox = markAllRead(reloaded([notification('a', 1), notification('b', 2)], 7), '2026-03-01T12:00:00Z');
    expect(inbox.unread).toBe(0);
    expect(inbox.items?.every((item) => item.readAt !== null)).toBe(true);
  });

  it('shows nothing on the badge at zero and caps it at 99+', () => {
    expect(badgeText(null)).toBeNull();
    expect(badgeText(0)).toBeNull();
    expect(badgeText(3)).toBe('3');
    expect(badgeText(100)).toBe('99+');
  });

  it('follows only links inside the app', () => {
    expect(internalLink('/submissions/1')).toBe('/submissions/1');
    expect(internalLink(null)).toBeNull();
    expect(internalLink('https://example.com/')).toBeNull();
    expect(internalLink('//example.com/x')).toBeNull();
    expect(internalLink('/\\example.com')).toBeNull();
    expect(internalLink('javascript:alert(1)')).toBeNull();
  });
});
