/**
 * Search in the group's channels (the server ignores Lithuanian diacritics,
 * so "sveikata" finds "sveikatą"). Results, best first, show the channel,
 * the author with their organisation and a snippet whose matched words are
 * <mark>ed, built from text parts, never from HTML. Choosing one shows the
 * message in its channel, in context.
 */
import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { GroupSearchHit, Uuid } from '@klasteris/contracts';

import { ApiClient } from '../../../core/api/api-client';
import { type ErrorMessage, errorMessageFor } from '../../../core/api/api-error';
import { LocalDateTimePipe } from '../../../core/i18n/local-date-time.pipe';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { OrganisationBadgeComponent } from '../../../shared/live-room/organisation-badge.component';
import { snippetSegments } from '../snippet';
import { closeOnEscape } from './close-on-escape';

const QUERY_MAX = 200;

@Component({
  selector: 'kl-search-panel',
  imports: [
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    LocalDateTimePipe,
    OrganisationBadgeComponent,
  ],
  template: `
    <div class="head">
      <h2 class="title" tabindex="-1" data-panel-heading>{{ 'groups.search.heading' | t }}</h2>
      <button type="button" class="close" (click)="closed.emit()">{{ 'groups.panel.close' | t }}</button>
    </div>
    <form class="form" role="search" (submit)="search($event)">
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'groups.search.label' | t }}</mat-label>
        <input
          matInput
          type="search"
          name="q"
          data-testid="search-input"
          [maxlength]="queryMax"
          [ngModel]="query()"
          (ngModelChange)="query.set($event)"
        />
        <mat-hint>{{ 'groups.search.hint' | t }}</mat-hint>
      </mat-form-field>
      <button mat-flat-button type="submit" data-testid="search-submit" [disabled]="query().trim() === ''">
        {{ 'groups.search.submit' | t }}
      </button>
    </form>
    <div class="body" data-testid="search-results">
      <p class="quiet" role="status">
        @if (searching()) {
          {{ 'groups.search.searching' | t }}
        } @else if (hits(); as found) {
          {{ 'groups.search.count' | t: { count: found.length, query: searched() } }}
        }
      </p>
      @if (failure(); as problem) {
        <p class="error" role="alert">{{ problem.key | t: problem.params }}</p>
      }
      @if (hits(); as found) {
        <ul class="list">
          @for (hit of found; track hit.message.id) {
            <li>
              <button type="button" class="card" data-testid="search-hit" (click)="choose(hit)">
                <span class="meta">
                  <span class="author">{{ hit.message.author.displayName }}</span>
                  <kl-organisation-badge [name]="hit.message.author.organisationName" />
                  <span>{{ 'groups.search.inChannel' | t: { channel: hit.channelName } }}</span>
                  <time [attr.datetime]="hit.message.createdAt">{{
                    hit.message.createdAt | localDateTime: 'dateTime'
                  }}</time>
                </span>
                <span class="text" data-testid="search-snippet">
                  @for (part of segmentsOf(hit); track $index) {
                    @if (part.match) {
                      <mark>{{ part.text }}</mark>
                    } @else {
                      <span>{{ part.text }}</span>
                    }
                  }
                </span>
              </button>
            </li>
          }
        </ul>
        @if (nextCursor() !== null) {
          <button type="button" class="plain more" [disabled]="searching()" (click)="more()">
            {{ 'groups.search.more' | t }}
          </button>
        }
      }
    </div>
  `,
  styleUrl: './panel.scss',
  host: { '(keydown.escape)': 'onEscape($event)' },
  styles: `
    .more {
      margin-top: 0.5rem;
    }
    button.card {
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SearchPanelComponent {
  private readonly api = inject(ApiClient);

  readonly groupId = input.required<Uuid>();
  readonly closed = output();

  protected onEscape(event: Event): void {
    closeOnEscape(event, () => this.closed.emit());
  }
  /** Show this message in its channel. */
  readonly show = output<{ roomId: Uuid; seq: number }>();

  protected readonly queryMax = QUERY_MAX;
  protected readonly query = signal('');
  protected readonly searched = signal('');
  protected readonly hits = signal<readonly GroupSearchHit[] | null>(null);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly searching = signal(false);
  protected readonly failure = signal<ErrorMessage | null>(null);
  private ticket = 0;

  protected segmentsOf(hit: GroupSearchHit) {
    return snippetSegments(hit.snippet);
  }

  protected search(event: Event): void {
    event.preventDefault();
    const q = this.query().trim();
    if (q === '') return;
    this.searched.set(q);
    this.hits.set(null);
    this.nextCursor.set(null);
    void this.fetch(q, undefined);
  }

  protected more(): void {
    const cursor = this.nextCursor();
    if (cursor !== null) void this.fetch(this.searched(), cursor);
  }

  protected choose(hit: GroupSearchHit): void {
    this.show.emit({ roomId: hit.message.roomId, seq: hit.message.seq });
  }

  private async fetch(q: string, cursor: string | undefined): Promise<void> {
    const ticket = ++this.ticket;
    this.searching.set(true);
    this.failure.set(null);
    try {
      const page = await this.api.searchGroup(this.groupId(), q, cursor);
      if (ticket !== this.ticket) return;
      this.hits.update((list) => [...(cursor === undefined ? [] : (list ?? [])), ...page.items]);
      this.nextCursor.set(page.nextCursor);
    } catch (error) {
      if (ticket === this.ticket) this.failure.set(errorMessageFor(error));
    } finally {
      if (ticket === this.ticket) this.searching.set(false);
    }
  }
}
