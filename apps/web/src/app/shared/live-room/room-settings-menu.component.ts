/**
 * For moderators, in the live room's header: the room's state (locked, slow
 * mode) and a menu to lock or unlock it and to set slow mode, each with a
 * reason. The change reaches every open client as `room:updated`.
 */
import { ChangeDetectionStrategy, Component, ElementRef, inject, input, signal, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatMenuModule } from '@angular/material/menu';
import type { Room } from '@klasteris/contracts';

import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { openModerationActionDialog } from './moderation-action-dialog.component';

@Component({
  selector: 'kl-room-settings-menu',
  imports: [MatButtonModule, MatMenuModule, TranslatePipe],
  template: `
    @let r = room();
    <p class="state" data-testid="room-settings-state">
      @if (r.locked) {
        <span class="chip">{{ 'room.settings.lockedState' | t }}</span>
      }
      @if (r.slowModeSeconds > 0) {
        <span class="chip">{{ 'room.settings.slowState' | t: { seconds: r.slowModeSeconds } }}</span>
      }
    </p>
    <button #trigger mat-stroked-button type="button" data-testid="room-settings" [matMenuTriggerFor]="menu">
      {{ 'room.settings.open' | t }}
    </button>
    <mat-menu #menu="matMenu">
      <button mat-menu-item type="button" data-testid="room-settings-lock" (click)="lock(!r.locked)">
        {{ (r.locked ? 'room.settings.unlock' : 'room.settings.lock') | t }}
      </button>
      <button mat-menu-item type="button" data-testid="room-settings-slow" (click)="slowMode()">
        {{ 'room.settings.slowMode' | t }}
      </button>
    </mat-menu>
    @if (done()) {
      <span class="visually-hidden" role="status">{{ 'room.settings.saved' | t }}</span>
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: flex-end;
      gap: 0.5rem;
    }
    .state {
      display: flex;
      gap: 0.25rem;
      margin: 0;
    }
    .chip {
      padding: 0.125rem 0.5rem;
      border-radius: var(--mat-sys-corner-full);
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
      font: var(--mat-sys-label-medium);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RoomSettingsMenuComponent {
  readonly room = input.required<Room>();

  private readonly dialog = inject(MatDialog);
  // `read`: on a Material button the reference would otherwise be the button component.
  private readonly trigger = viewChild.required('trigger', { read: ElementRef<HTMLButtonElement> });
  protected readonly done = signal(false);

  protected async lock(locked: boolean): Promise<void> {
    const room = this.room();
    this.done.set(false);
    const entry = await openModerationActionDialog(this.dialog, {
      request: { action: locked ? 'lock' : 'unlock', roomId: room.id },
      heading: locked ? 'room.settings.lockHeading' : 'room.settings.unlockHeading',
      headingParams: { room: room.name },
      confirm: locked ? 'room.settings.lock' : 'room.settings.unlock',
    }, this.trigger().nativeElement);
    this.done.set(entry !== undefined);
  }

  protected async slowMode(): Promise<void> {
    const room = this.room();
    this.done.set(false);
    const entry = await openModerationActionDialog(this.dialog, {
      request: { action: 'slow_mode', roomId: room.id, durationSeconds: room.slowModeSeconds },
      heading: 'room.settings.slowHeading',
      headingParams: { room: room.name },
      confirm: 'room.settings.save',
    }, this.trigger().nativeElement);
    this.done.set(entry !== undefined);
  }
}
