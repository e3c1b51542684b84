/** Who is in the room right now (distinct people, however many tabs they have open). */
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { PresenceEntry } from '@klasteris/contracts';

import { TranslatePipe } from '../../core/i18n/translate.pipe';

let nextId = 0;

@Component({
  selector: 'kl-presence-list',
  imports: [TranslatePipe],
  template: `
    <h2 class="heading" [id]="headingId">{{ 'room.presence.heading' | t: { count: online().length } }}</h2>
    @if (online().length === 0) {
      <p class="empty">{{ 'room.presence.empty' | t }}</p>
    } @else {
      <ul class="people" [attr.aria-labelledby]="headingId">
        @for (person of online(); track person.userId) {
          <li data-testid="presence-entry">
            <span class="dot" aria-hidden="true"></span>
            <span>{{ person.displayName }}</span>
            @if (person.userId === myUserId()) {
              <span class="you">{{ 'room.presence.you' | t }}</span>
            }
          </li>
        }
      </ul>
    }
  `,
  styles: `
    :host {
      display: block;
      padding: 0.75rem 1rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container-low);
    }
    .heading {
      margin: 0 0 0.5rem;
      font: var(--mat-sys-title-small);
    }
    .people {
      margin: 0;
      padding: 0;
      list-style: none;
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      font: var(--mat-sys-body-medium);
    }
    li {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      overflow-wrap: anywhere;
    }
    .dot {
      flex: none;
      width: 0.5rem;
      height: 0.5rem;
      border-radius: 50%;
      background: var(--mat-sys-primary);
    }
    .you,
    .empty {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
  `,
  host: { 'data-testid': 'presence' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PresenceListComponent {
  readonly online = input<readonly PresenceEntry[]>([]);
  readonly myUserId = input<string | null>(null);
  protected readonly headingId = `presence-heading-${++nextId}`;
}
