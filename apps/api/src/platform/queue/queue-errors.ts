/**
 * Where the queues' and workers' errors go. PostgreSQL closing its
 * connections (57P01: the server is shutting down or restarting; in embedded
 * mode a terminal's Ctrl+C reaches it together with us) reaches every queue
 * and worker at once: one warning says so, instead of an error from each.
 * BullMQ reconnects by itself once the server is back.
 */
import { Injectable, Logger } from '@nestjs/common';

const SERVER_SHUTDOWN = '57P01';
/** One warning per this long is enough for one restart or shutdown. */
const SHUTDOWN_WARNING_EVERY_MS = 30_000;

@Injectable()
export class QueueErrors {
  private readonly logger = new Logger('Queues');
  private lastShutdownWarning = Number.NEGATIVE_INFINITY;

  report(source: string, error: Error): void {
    if ((error as Error & { code?: unknown }).code !== SERVER_SHUTDOWN) {
      this.logger.error(`${source}: ${error.message}`);
      return;
    }
    const now = Date.now();
    if (now - this.lastShutdownWarning < SHUTDOWN_WARNING_EVERY_MS) return;
    this.lastShutdownWarning = now;
    this.logger.warn("PostgreSQL closed the queues' connections (it is shutting down or restarting)");
  }
}
