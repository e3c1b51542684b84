/**
 * Switches slow mode on by itself when a room's message rate or report count
 * spikes past the admins' thresholds, and off once it is calm (the rules are
 * in slow-mode-rules.ts). Evaluated after a message is sent and after a
 * report is filed — throttled per room in this process, so a busy room costs
 * one indexed count every few seconds, never a wait on the send path — and by
 * the periodic `moderation.calm-rooms` sweep (CalmRoomsJob).
 */
import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';

import { RoomHooks } from '../../rooms/room-hooks';
import { KeyedThrottle } from './keyed-throttle';
import { RoomActivityReader } from './room-activity';
import { SlowModeSwitcher } from './slow-mode-switcher';
import { decideSlowMode, type SlowModeSwitch } from './slow-mode-rules';

/** At most one evaluation per room and process in this window, plus one at its end if more was asked. */
export const EVALUATE_EVERY_MS = 5000;

@Injectable()
export class AutoSlowMode implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(AutoSlowMode.name);
  private readonly throttle = new KeyedThrottle(EVALUATE_EVERY_MS, (roomId) => this.evaluateInBackground(roomId));

  constructor(
    private readonly hooks: RoomHooks,
    private readonly activity: RoomActivityReader,
    private readonly switcher: SlowModeSwitcher,
  ) {}

  onModuleInit(): void {
    this.hooks.onMessageSent(async ({ message }) => this.throttle.request(message.roomId));
  }

  onModuleDestroy(): void {
    this.throttle.stop();
  }

  /** Called, not awaited, after a report is filed in the room. */
  async reportFiled(roomId: string): Promise<void> {
    this.throttle.request(roomId);
  }

  /**
   * Reads the room's figures and switches slow mode when the rules say so.
   * Returns the switch this call made; null when none was due, or when
   * another evaluation (here or on another node) made it first.
   */
  async evaluate(roomId: string, at?: Date): Promise<SlowModeSwitch | null> {
    const read = await this.activity.read(roomId, at);
    if (!read) return null;
    const decision = decideSlowMode(read.settings, read.activity);
    if (!decision) return null;
    return (await this.switcher.apply(roomId, decision)) ? decision : null;
  }

  /** The periodic sweep: every room the system has slowed, and any past a threshold. Returns how many were switched. */
  async sweep(at?: Date): Promise<number> {
    let switched = 0;
    for (const roomId of await this.activity.roomsToCheck(at)) {
      try {
        if (await this.evaluate(roomId, at)) switched += 1;
      } catch (error) {
        // One room's failure must not keep the others in slow mode; the next sweep tries it again.
        this.logger.warn(`Automatic slow mode in room ${roomId}: ${String(error)}`);
      }
    }
    return switched;
  }

  private evaluateInBackground(roomId: string): void {
    this.evaluate(roomId).catch((error: unknown) =>
      this.logger.warn(`Automatic slow mode in room ${roomId}: ${String(error)}`),
    );
  }
}
