/**
 * Exactly one e-mail per delivery key, kept by the database:
 * - `claim` creates the row if needed and takes it for this attempt unless it
 *   was sent, or another live attempt holds it;
 * - `markSent` after the server accepted the message: later attempts find
 *   `sent` and send nothing;
 * - `markFailed` after a refused send: the next attempt claims it again.
 * An attempt of the same queue job that crashed while holding the claim is
 * taken over at once (the queue gives a job to one worker at a time); any
 * other holder is trusted until its claim is older than CLAIM_LEASE.
 */
import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** Longer than the SMTP transport's timeouts together: a claim this old is abandoned. */
const CLAIM_LEASE_SECONDS = 10 * 60;

export type DeliveryClaim =
  | { kind: 'claimed'; deliveryId: string; token: string }
  | { kind: 'sent' }
  | { kind: 'busy' };

export interface DeliveryTarget {
  key: string;
  recipientId: string;
  notificationId: string | null;
}

@Injectable()
export class MailDeliveriesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** `holder` names the queue job, so its own later attempt may take over. */
  async claim(target: DeliveryTarget, holder: string): Promise<DeliveryClaim> {
    await this.dataSource.query(
      `INSERT INTO mail_deliveries (key, recipient_id, notification_id) VALUES ($1, $2, $3) ON CONFLICT (key) DO NOTHING`,
      [target.key, target.recipientId, target.notificationId],
    );
    const token = `${holder}/${randomUUID()}`;
    // Wrapped in a SELECT so the driver hands back the returned rows alone.
    const [row] = (await this.dataSource.query(
      `WITH claimed AS (
         UPDATE mail_deliveries
            SET status = 'sending', claimed_by = $2, claimed_at = now(), attempts = attempts + 1
          WHERE key = $1
            AND (status IN ('pending', 'failed')
                 OR (status = 'sending' AND (split_part(claimed_by, '/', 1) = $3
                                             OR claimed_at < now() - make_interval(secs => $4))))
          RETURNING id)
       SELECT id FROM claimed`,
      [target.key, token, holder, CLAIM_LEASE_SECONDS],
    )) as { id: string }[];
    if (row) return { kind: 'claimed', deliveryId: row.id, token };
    const [current] = (await this.dataSource.query(`SELECT status FROM mail_deliveries WHERE key = $1`, [target.key])) as {
      status: string;
    }[];
    return current?.status === 'sent' ? { kind: 'sent' } : { kind: 'busy' };
  }

  /** Sends, then records the outcome on the claimed delivery; a failed send is recorded and rethrown so the job retries. */
  async sendAndRecord(claim: { deliveryId: string; token: string }, send: () => Promise<unknown>): Promise<void> {
    try {
      await send();
    } catch (error) {
      await this.markFailed(claim, error);
      throw error;
    }
    await this.markSent(claim);
  }

  async markSent(claim: { deliveryId: string; token: string }): Promise<void> {
    await this.dataSource.query(
      `UPDATE mail_deliveries SET status = 'sent', sent_at = now(), last_error = NULL WHERE id = $1 AND claimed_by = $2`,
      [claim.deliveryId, claim.token],
    );
  }

  async markFailed(claim: { deliveryId: string; token: string }, error: unknown): Promise<void> {
    const message = error instanceof Error ? error.message : String(error);
    await this.dataSource.query(
      `UPDATE mail_deliveries SET status = 'failed', last_error = $3 WHERE id = $1 AND claimed_by = $2 AND status = 'sending'`,
      [claim.deliveryId, claim.token, message.slice(0, 1000)],
    );
  }
}

/** Thrown when another attempt holds the delivery: the job retries later. */
export class DeliveryBusyError extends Error {
  constructor(key: string) {
    super(`The e-mail ${key} is being sent by another worker; trying again later`);
    this.name = 'DeliveryBusyError';
  }
}
