import type { IsoDateTime, Uuid } from './common';

export type NotificationKind = 'submission_made' | 'review_given' | 'mention' | 'booking' | 'moderation' | 'system';

export interface Notification {
  id: Uuid;
  kind: NotificationKind;
  title: string;
  body: string;
  link: string | null;
  createdAt: IsoDateTime;
  readAt: IsoDateTime | null;
}
