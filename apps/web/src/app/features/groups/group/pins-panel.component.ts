/** The open channel's pinned messages, newest first: each shows in context, and those allowed may unpin. */
import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import type { Message, Uuid } from '@klasteris/contracts';

import { LocalDateTimePipe } from '../../../core/i18n/local-date-time.pipe';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import type { SideListState } from '../../../core/live/room/live-room.store';
import { OrganisationBadgeComponent } from '../../../shared/live-room/organisation-badge.component';
import { closeOnEscape } from './close-on-escape';

@Component({
  selector: 'kl-pins-panel',
  imports: [TranslatePipe, LocalDateTimePipe, OrganisationBadgeComponent],
  template: `
    <div class="head">
      <h2 class="title" tabindex="-1" data-panel-heading>{{ 'groups.pins.heading' | t: { channel: channelName() } }}</h2>
      <button type="button" class="close" (click)="closed.emit()">{{ 'groups.panel.close' | t }}</button>
    </div>
    <div class="body" data-testid="pins">
      @switch (state()) {
        @case ('loading') {
          <p class="quiet" role="status">{{ 'groups.pins.loading' | t }}</p>
        }
        @case ('failed') {
          <p class="error" role="alert">{{ 'groups.pins.failed' | t }}</p>
          <button type="button" class="plain" (click)="retry.emit()">{{ 'groups.retry' | t }}</button>
        }
        @default {
          @if (pins().length === 0) {
            <p class="quiet">{{ 'groups.pins.empty' | t }}</p>
          } @else {
            <ul class="list">
              @for (message of pins(); track message.id) {
                <li class="card" data-testid="pinned-message">
                  <p class="meta">
                    <span class="author">{{ message.author.displayName }}</span>
                    <kl-organisation-badge [name]="message.author.organisationName" />
                    <time [attr.datetime]="message.createdAt">{{
                      message.createdAt | localDateTime: 'dateTime'
                    }}</time>
                  </p>
                  <p class="text">{{ message.body }}</p>
                  <p class="row">
                    <button type="button" class="plain" (click)="show.emit(message)">
                      {{ 'groups.pins.show' | t }}
                    </button>
                    @if (canPin()) {
                      <button type="button" class="plain" (click)="unpin.emit(message.id)">
                        {{ 'room.message.unpin' | t }}
                      </button>
                    }
                  </p>
                </li>
              }
            </ul>
          }
        }
      }
    </div>
  `,
  styleUrl: './panel.scss',
  host: { '(keydown.escape)': 'onEscape($event)' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PinsPanelComponent {
  readonly pins = input<readonly Message[]>([]);
  readonly state = input<SideListState>('idle');
  readonly channelName = input('');
  readonly canPin = input(false);

  readonly closed = output();

  protected onEscape(event: Event): void {
    closeOnEscape(event, () => this.closed.emit());
  }
  readonly show = output<Message>();
  readonly unpin = output<Uuid>();
  readonly retry = output();
}
