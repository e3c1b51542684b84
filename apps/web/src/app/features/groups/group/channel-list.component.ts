/**
 * The group's channels as navigation, the open one marked as the current
 * page, each with its live unread count (spoken as well as shown).
 */
import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { GroupChannel, Uuid } from '@klasteris/contracts';

import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import type { ChannelCount } from '../../../core/live/group-unread';

@Component({
  selector: 'kl-channel-list',
  imports: [RouterLink, TranslatePipe],
  template: `
    <nav class="nav" [attr.aria-labelledby]="'channels-heading'">
      <div class="head">
        <h2 id="channels-heading" class="title">{{ 'groups.channels.heading' | t }}</h2>
        @if (closable()) {
          <button type="button" class="close" (click)="closed.emit()">{{ 'groups.panel.close' | t }}</button>
        }
      </div>
      <ul class="channels">
        @for (channel of channels(); track channel.id) {
          @let count = unread().get(channel.id)?.unread ?? channel.unread;
          <li>
            <a
              class="channel"
              data-testid="channel-link"
              [routerLink]="['/groups', groupId(), 'channels', channel.id]"
              [attr.aria-current]="channel.id === currentId() ? 'page' : null"
              [class.current]="channel.id === currentId()"
              [class.unread]="count > 0"
            >
              <span class="name"><span aria-hidden="true">#</span>{{ channel.name }}</span>
              @if (count > 0 && channel.id !== currentId()) {
                <span class="badge" data-testid="channel-unread">
                  <span aria-hidden="true">{{ count }}</span>
                  <span class="visually-hidden">{{ 'groups.channels.unread' | t: { count } }}</span>
                </span>
              }
            </a>
          </li>
        }
      </ul>
    </nav>
  `,
  styles: `
    :host {
      display: block;
      padding: 0.75rem 0.5rem;
    }
    .head {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      padding: 0 0.5rem 0.5rem;
    }
    .title {
      flex: 1;
      margin: 0;
      font: var(--mat-sys-title-small);
    }
    .close {
      min-height: 2.25rem;
      padding: 0 0.75rem;
      border: 1px solid var(--mat-sys-outline);
      border-radius: var(--mat-sys-corner-full);
      background: var(--mat-sys-surface);
      color: var(--mat-sys-on-surface);
      font: var(--mat-sys-label-large);
      cursor: pointer;
    }
    .channels {
      display: flex;
      flex-direction: column;
      gap: 0.125rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .channel {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      min-height: 2.5rem;
      padding: 0 0.5rem;
      border-radius: var(--mat-sys-corner-small);
      color: var(--mat-sys-on-surface);
      text-decoration: none;
      font: var(--mat-sys-body-large);
    }
    .channel:hover {
      background: var(--mat-sys-surface-container-high);
    }
    .channel.current {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      font-weight: 600;
    }
    .channel.unread .name {
      font-weight: 700;
    }
    .name {
      flex: 1;
      overflow-wrap: anywhere;
    }
    .badge {
      min-width: 1.5rem;
      padding: 0 0.5rem;
      border-radius: var(--mat-sys-corner-full);
      background: var(--mat-sys-primary);
      color: var(--mat-sys-on-primary);
      font: var(--mat-sys-label-large);
      line-height: 1.5rem;
      text-align: center;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChannelListComponent {
  readonly groupId = input.required<Uuid>();
  readonly channels = input.required<readonly GroupChannel[]>();
  readonly currentId = input<Uuid | null>(null);
  /** Live counts by channel, where known; otherwise the detail's. */
  readonly unread = input<ReadonlyMap<Uuid, ChannelCount>>(new Map());
  /** In a drawer: offer a close button. */
  readonly closable = input(false);
  readonly closed = output();
}
