/**
 * One room in the moderators' list: its name and where it belongs, whether
 * it is locked, its slow mode (marked "automatic" when the system set it),
 * and the people muted or banned there now. Presentational: it emits which
 * change the moderator asked for; the page asks for the reason and sends it.
 */
import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { ModeratedRoom, RoomRestriction } from '@klasteris/contracts';

import { LocalDateTimePipe } from '../../../core/i18n/local-date-time.pipe';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';

@Component({
  selector: 'kl-moderated-room-card',
  imports: [MatButtonModule, TranslatePipe, LocalDateTimePipe],
  template: `
    @let r = room();
    <article class="card" data-testid="moderated-room" [attr.data-room-id]="r.id" [attr.aria-labelledby]="'room-' + r.id">
      <header class="head">
        <h3 [id]="'room-' + r.id">{{ r.name }}</h3>
        <p class="context">
          {{ (r.kind === 'channel' ? 'moderation.rooms.channelOf' : 'moderation.rooms.consultation') | t: { context: r.context } }}
        </p>
      </header>
      <dl class="facts">
        <div>
          <dt>{{ 'moderation.rooms.lockLabel' | t }}</dt>
          <dd data-testid="room-lock-state">{{ (r.locked ? 'moderation.rooms.locked' : 'moderation.rooms.open') | t }}</dd>
        </div>
        <div>
          <dt>{{ 'moderation.rooms.slowLabel' | t }}</dt>
          <dd data-testid="room-slow-state">
            {{ r.slowModeSeconds > 0 ? ('moderation.rooms.slowOn' | t: { seconds: r.slowModeSeconds }) : ('moderation.rooms.slowOff' | t) }}
            @if (r.slowModeAutomatic) {
              <span class="tag" data-testid="slow-automatic">{{ 'moderation.rooms.automatic' | t }}</span>
            }
          </dd>
        </div>
      </dl>
      <div class="buttons">
        <button mat-flat-button type="button" data-testid="room-lock-toggle" (click)="lock.emit(!r.locked)">
          {{ (r.locked ? 'room.settings.unlock' : 'room.settings.lock') | t }}
        </button>
        <button mat-stroked-button type="button" data-testid="room-slow-mode" (click)="slowMode.emit()">
          {{ 'room.settings.slowMode' | t }}
        </button>
      </div>
      <section>
        <h4>{{ 'moderation.rooms.restrictions' | t }}</h4>
        @if (r.restrictions.length === 0) {
          <p class="quiet">{{ 'moderation.rooms.noRestrictions' | t }}</p>
        } @else {
          <ul class="restrictions">
            @for (restriction of r.restrictions; track restriction.user.id + restriction.kind) {
              <li data-testid="restriction">
                <span class="person">{{ restriction.user.displayName }}</span>
                <span>
                  @if (restriction.until) {
                    {{
                      (restriction.kind === 'mute' ? 'moderation.rooms.mutedUntil' : 'moderation.rooms.bannedUntil')
                        | t: { time: restriction.until | localDateTime: 'dateTime' }
                    }}
                  } @else {
                    {{ 'moderation.rooms.bannedForever' | t }}
                  }
                </span>
                <button mat-button type="button" (click)="lift.emit(restriction)">
                  {{ (restriction.kind === 'mute' ? 'moderation.actions.unmute' : 'moderation.actions.unban') | t }}
                </button>
              </li>
            }
          </ul>
        }
      </section>
    </article>
  `,
  styles: `
    .card {
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
      padding: 1rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-large);
      background: var(--mat-sys-surface-container-low);
      overflow-wrap: anywhere;
    }
    h3,
    h4,
    .context {
      margin: 0;
    }
    h3 {
      font: var(--mat-sys-title-medium);
    }
    h4 {
      font: var(--mat-sys-title-small);
    }
    .context,
    .quiet {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .facts {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 2rem;
      margin: 0;
    }
    dt {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 0;
      font: var(--mat-sys-body-large);
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .restrictions {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .restrictions li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.75rem;
    }
    .person {
      font-weight: 600;
    }
    .tag {
      margin-inline-start: 0.5rem;
      padding: 0 0.5rem;
      border-radius: var(--mat-sys-corner-full);
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
      font: var(--mat-sys-label-medium);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ModeratedRoomCardComponent {
  readonly room = input.required<ModeratedRoom>();

  readonly lock = output<boolean>();
  readonly slowMode = output();
  readonly lift = output<RoomRestriction>();
}
