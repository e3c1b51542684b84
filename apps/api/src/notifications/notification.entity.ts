/** One notification for one person (table `notifications`), stored in their language when it was made. */
import type { NotificationKind } from '@klasteris/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type EmailMode = 'none' | 'immediate' | 'digest';

@Entity({ name: 'notifications' })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'recipient_id', type: 'uuid' })
  recipientId: string;

  /** The event key: unique per recipient, so a repeated event finds this row. */
  @Column({ type: 'text' })
  key: string;

  @Column({ type: 'text' })
  kind: NotificationKind;

  @Column({ type: 'jsonb' })
  params: Record<string, string>;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'text', nullable: true })
  link: string | null;

  /** Shown in the bell (the in-app preference when it was made). */
  @Column({ name: 'in_app', type: 'boolean' })
  inApp: boolean;

  @Column({ name: 'email_mode', type: 'text' })
  emailMode: EmailMode;

  @Column({ name: 'digest_delivery_id', type: 'uuid', nullable: true })
  digestDeliveryId: string | null;

  @Column({ name: 'pushed_at', type: 'timestamptz', nullable: true })
  pushedAt: Date | null;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
