/**
 * Erasing an account (`DELETE /api/me`). The rule:
 *
 * - The `users` row is deleted. With it go, by the foreign keys: the e-mail,
 *   name and password hash, every sign-in session (so refresh tokens and
 *   access tokens stop working at once: AccessTokenService checks both on
 *   every request and handshake), notifications and their e-mails,
 *   notification preferences, enrolments and module completions, teaching
 *   assignments, group and room memberships, read cursors, reactions,
 *   mentions, question votes (the vote counts go down), bookings, office
 *   hours and their slots, the calendar feed, submissions with their reviews
 *   and stored-file records, mutes and bans.
 * - Messages and questions in shared discussions are KEPT, with their text:
 *   others' replies, answers and quotes refer to them, and removing them
 *   would tear threads apart. Their author becomes NULL (ON DELETE SET NULL),
 *   which every reader shows as "deleted user". Text the person wants gone
 *   should be deleted (message:delete) before erasing; deleted and hidden
 *   text is purged after the retention period like anyone else's.
 * - References that only name who did something (who created a group, an
 *   assignment or a consultation, who answered, reviewed, pinned, hid or
 *   reported) become NULL; the things themselves stay. The moderation audit
 *   log keeps the bare account id, which no longer leads to anyone.
 * - A group whose only owner leaves gets a new owner: its longest-standing
 *   active member (one added directly before one who came with their
 *   organisation, who is then counted as added directly). A group with
 *   nobody left stays without owner, for admins to manage.
 * - The last active admin cannot erase themselves (409 CONFLICT).
 *
 * Before the deletion, places in office hours are given up through
 * BookingsService, one by one, as the person would: the waiting list moves
 * up and the lecturer hears of it; for a lecturer, the learners booked into
 * their slots are told of the cancellation. A learner's place the service
 * refuses to give up (the cancellation cut-off has passed, or the slot has
 * started) is released inside the erasing transaction instead, by the same
 * rule: the slot's count goes down, the first person waiting takes the place
 * (until the slot starts), and the lecturer is told.
 * The rest happens in one transaction. After it commits, the person's live
 * sockets are closed on every node and their uploaded files are deleted from
 * disk.
 */
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import type { AuthenticatedUser } from '../../accounts/authenticated-user';
import { UploadStore } from '../../assignments/uploads/upload-store';
import { BookingJobs, type ConfirmedPlace } from '../../office-hours/booking-jobs';
import { type BookingNotice, BookingNotifications } from '../../office-hours/booking-notifications';
import { BookingsService, type ReleasedPlace } from '../../office-hours/bookings.service';
import { DomainError } from '../../platform/errors/domain-error';
import { LivePublisher } from '../../platform/realtime/live-publisher';
import { lastAdminCannotErase } from '../privacy.errors';

interface ErasedAccount {
  storageKeys: string[];
  /** Confirmed places released inside the erasing transaction. */
  released: ReleasedPlace[];
  /** Places that went to the first person waiting. */
  promoted: ConfirmedPlace[];
}

@Injectable()
export class AccountErasureService {
  private readonly logger = new Logger(AccountErasureService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly bookings: BookingsService,
    private readonly bookingNotifications: BookingNotifications,
    private readonly bookingJobs: BookingJobs,
    private readonly uploads: UploadStore,
    private readonly publisher: LivePublisher,
  ) {}

  async erase(user: AuthenticatedUser): Promise<void> {
    // Checked again under lock below; here so a refused erasure cancels no bookings.
    await this.assertNotLastAdmin(this.db.manager, user.id, false);
    await this.giveUpBookings(user);
    const erased = await this.db.transaction((manager) => this.deleteAccount(manager, user.id));
    this.publisher.disconnectUser(user.id);
    await this.tellLecturers(user, erased.released);
    await this.bookings.announcePromoted(erased.promoted);
    await this.removeFiles(user.id, erased.storageKeys);
  }

  /** Upcoming places the person holds, and the places others hold in their slots, cancelled through the service. */
  private async giveUpBookings(user: AuthenticatedUser): Promise<void> {
    const rows = (await this.db.query(
      `SELECT b.id, b.learner_id = $1 AS own FROM bookings b JOIN office_hour_slots s ON s.id = b.slot_id
        WHERE (b.learner_id = $1 OR s.lecturer_id = $1) AND b.status IN ('confirmed', 'waiting') AND s.starts_at > now()
        -- Waiting places first, so a lecturer's cancellations promote nobody only to cancel them next.
        ORDER BY b.status = 'confirmed', s.starts_at, b.id`,
      [user.id],
    )) as { id: string; own: boolean }[];
    // In their own bookings they act as the learner, even an admin (whom the service would treat as the lecturer).
    const asLearner: AuthenticatedUser = { ...user, role: 'learner' };
    for (const { id, own } of rows) {
      try {
        await this.bookings.cancel(own ? asLearner : user, id, undefined);
      } catch (error) {
        // Too late for the person to cancel (cut-off or start passed, or gone meanwhile): deleteAccount releases it.
        if (!(error instanceof DomainError) || (error.code !== 'CONFLICT' && error.code !== 'NOT_FOUND')) throw error;
      }
    }
  }

  private async deleteAccount(manager: EntityManager, userId: string): Promise<ErasedAccount> {
    const [account] = (await manager.query(`SELECT id FROM users WHERE id = $1 FOR UPDATE`, [userId])) as unknown[];
    if (!account) return { storageKeys: [], released: [], promoted: [] };
    await this.assertNotLastAdmin(manager, userId, true);
    const { released, promoted } = await this.bookings.releaseAllPlacesOf(manager, userId);
    await handOverGroups(manager, userId);
    const files = (await manager.query(`SELECT storage_key FROM stored_files WHERE owner_id = $1`, [userId])) as {
      storage_key: string;
    }[];
    await manager.query(`DELETE FROM users WHERE id = $1`, [userId]);
    return { storageKeys: files.map((file) => file.storage_key), released, promoted };
  }

  /** Locking the active admins' rows (in id order) makes two last admins erasing at once take turns. */
  private async assertNotLastAdmin(manager: EntityManager, userId: string, lock: boolean): Promise<void> {
    const admins = (await manager.query(
      `SELECT id FROM users WHERE role = 'admin' AND deactivated_at IS NULL ORDER BY id${lock ? ' FOR UPDATE' : ''}`,
    )) as { id: string }[];
    const isAdmin = admins.some((admin) => admin.id === userId);
    if (isAdmin && admins.length === 1) throw lastAdminCannotErase();
  }

  private async tellLecturers(user: AuthenticatedUser, released: ReleasedPlace[]): Promise<void> {
    const upcoming = released.filter((place) => new Date(place.starts_at).getTime() > Date.now());
    const notices: BookingNotice[] = upcoming.map((place) => ({
      subject: place.id,
      bookingId: place.id,
      recipientId: place.lecturer_id,
      change: 'cancelled',
      personName: user.displayName,
      start: new Date(place.starts_at),
    }));
    await this.bookingNotifications.send(notices);
    await Promise.all(upcoming.map((place) => this.bookingJobs.dropReminders(place.id, new Date(place.starts_at))));
  }

  /** The records are gone with the account; bytes that cannot be removed now are logged, not an error for the person. */
  private async removeFiles(userId: string, storageKeys: string[]): Promise<void> {
    const results = await Promise.allSettled(storageKeys.map((key) => this.uploads.remove(key)));
    const failed = storageKeys.filter((_, index) => results[index]?.status === 'rejected');
    if (failed.length > 0) {
      this.logger.error(`Erased account ${userId}: could not delete uploaded files ${failed.join(', ')}`);
    }
  }
}

/** Groups the person is the only owner of pass to their longest-standing active member, if any. */
async function handOverGroups(manager: EntityManager, userId: string): Promise<void> {
  const owned = (await manager.query(
    `SELECT group_id FROM group_members WHERE user_id = $1 AND role = 'owner' ORDER BY group_id`,
    [userId],
  )) as { group_id: string }[];
  for (const { group_id: groupId } of owned) {
    // The lock GroupsService takes to change owners, so no group ends up with none.
    await manager.query(`SELECT 1 FROM groups WHERE id = $1 FOR UPDATE`, [groupId]);
    await manager.query(
      `UPDATE group_members SET role = 'owner', direct = true
        WHERE group_id = $1
          AND user_id = (
            SELECT gm.user_id FROM group_members gm JOIN users u ON u.id = gm.user_id
             WHERE gm.group_id = $1 AND gm.user_id <> $2 AND u.deactivated_at IS NULL
             ORDER BY gm.direct DESC, gm.added_at, gm.user_id LIMIT 1)
          AND NOT EXISTS (SELECT 1 FROM group_members o WHERE o.group_id = $1 AND o.role = 'owner' AND o.user_id <> $2)`,
      [groupId, userId],
    );
  }
}
