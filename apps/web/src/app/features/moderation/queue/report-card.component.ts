/**
 * One reported item in the queue: where it is (room and a link to it), the
 * item itself (a message among the messages around it, the item marked; or
 * the question), who reported it and why, and for open items a reason field
 * with one-click actions. Presentational: it emits the choice with the
 * reason; the page sends it and takes the card away.
 */
import { ChangeDetectionStrategy, Component, computed, ElementRef, input, output, signal, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatMenuModule } from '@angular/material/menu';
import { RouterLink } from '@angular/router';
import { MODERATION_REASON_MAX_LENGTH, type ReportedItem } from '@klasteris/contracts';

import type { ErrorMessage } from '../../../core/api/api-error';
import { LocalDateTimePipe } from '../../../core/i18n/local-date-time.pipe';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { OrganisationBadgeComponent } from '../../../shared/live-room/organisation-badge.component';
import { MUTE_CHOICES, type QueueChoice } from '../moderation-rules';

export interface QueueDecision {
  choice: QueueChoice;
  reason: string;
}

let nextId = 0;

@Component({
  selector: 'kl-report-card',
  imports: [
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatMenuModule,
    TranslatePipe,
    LocalDateTimePipe,
    OrganisationBadgeComponent,
  ],
  template: `
    @let it = item();
    <article class="card" data-testid="report-card" [attr.data-target-id]="it.targetId" [attr.aria-labelledby]="headingId">
      <header class="head">
        <h3 #heading class="title" tabindex="-1" [id]="headingId">
          {{ (it.targetType === 'message' ? 'moderation.queue.messageIn' : 'moderation.queue.questionIn') | t: { room: it.roomName } }}
        </h3>
        <a class="open" [routerLink]="path()" [queryParams]="queryParams()">{{ 'moderation.queue.openInRoom' | t }}</a>
      </header>

      @if (it.message; as target) {
        <ol class="context" [attr.aria-label]="'moderation.queue.contextLabel' | t">
          @for (message of context(); track message.id) {
            <li
              class="line"
              [class.target]="message.id === target.id"
              [class.hidden]="message.hidden"
              [attr.data-testid]="message.id === target.id ? 'reported-message' : 'context-message'"
              [attr.aria-current]="message.id === target.id ? 'true' : null"
            >
              <p class="meta">
                <span class="author">{{ message.author.displayName }}</span>
                <kl-organisation-badge [name]="message.author.organisationName" />
                <time [attr.datetime]="message.createdAt">{{ message.createdAt | localDateTime: 'dateTime' }}</time>
                @if (message.id === target.id) {
                  <span class="tag strong">{{ 'moderation.queue.reportedTag' | t }}</span>
                }
                @if (message.hidden) {
                  <span class="tag">{{
                    message.hiddenBy
                      ? ('room.message.hiddenBy' | t: { name: message.hiddenBy.displayName })
                      : ('room.message.hidden' | t)
                  }}</span>
                }
                @if (message.deleted) {
                  <span class="tag">{{ 'moderation.queue.deletedTag' | t }}</span>
                }
              </p>
              <p class="body">{{ message.deleted ? ('room.message.deleted' | t) : message.body }}</p>
            </li>
          }
        </ol>
      } @else if (it.question; as question) {
        <div class="line target" data-testid="reported-question">
          <p class="meta">
            <span class="author">{{ it.author?.displayName ?? ('consultations.question.anonymous' | t) }}</span>
            @if (question.anonymous) {
              <span class="tag">{{ 'moderation.queue.anonymousTag' | t }}</span>
            }
            <time [attr.datetime]="question.createdAt">{{ question.createdAt | localDateTime: 'dateTime' }}</time>
            @if (question.hidden) {
              <span class="tag">{{ 'room.message.hidden' | t }}</span>
            }
          </p>
          <p class="body">{{ question.body }}</p>
        </div>
      }

      <section class="reports" [attr.aria-label]="'moderation.queue.reportsLabel' | t: { count: it.reports.length }">
        <h4>{{ 'moderation.queue.reportsLabel' | t: { count: it.reports.length } }}</h4>
        <ul>
          @for (entry of it.reports; track entry.id) {
            <li data-testid="report-entry">
              <span class="author">{{ entry.reporter?.displayName ?? ('moderation.queue.wordFilter' | t) }}</span>
              <time [attr.datetime]="entry.createdAt">{{ entry.createdAt | localDateTime: 'dateTime' }}</time>
              <q class="reason" data-testid="report-reason-text">{{ entry.reason }}</q>
            </li>
          }
        </ul>
      </section>

      @if (it.status === 'open') {
        <form class="decide" (submit)="$event.preventDefault()">
          <mat-form-field appearance="outline" class="field" subscriptSizing="dynamic">
            <mat-label>{{ 'moderation.reason' | t }}</mat-label>
            <input
              matInput
              required
              data-testid="queue-reason"
              [maxLength]="maxReason"
              [value]="reason()"
              [attr.aria-invalid]="missingReason()"
              [attr.aria-describedby]="missingReason() ? reasonErrorId : null"
              #reasonField
              (input)="reason.set(reasonField.value)"
            />
          </mat-form-field>
          @if (missingReason()) {
            <p class="error" role="alert" [id]="reasonErrorId">{{ 'moderation.reasonRequired' | t }}</p>
          }
          <div class="buttons" role="group" [attr.aria-label]="'moderation.queue.actionsLabel' | t">
            @if (isHidden()) {
              <button mat-flat-button type="button" data-testid="queue-restore" [disabled]="busy()" (click)="choose({ action: 'restore' })">
                {{ 'moderation.actions.restore' | t }}
              </button>
            } @else {
              <button mat-flat-button type="button" data-testid="queue-hide" [disabled]="busy()" (click)="choose({ action: 'hide' })">
                {{ 'moderation.actions.hide' | t }}
              </button>
            }
            <button mat-stroked-button type="button" data-testid="queue-delete" [disabled]="busy()" (click)="choose({ action: 'delete' })">
              {{ 'moderation.actions.delete' | t }}
            </button>
            @if (it.author !== null) {
              <button mat-stroked-button type="button" data-testid="queue-mute" [disabled]="busy()" [matMenuTriggerFor]="muteMenu">
                {{ 'moderation.queue.muteAuthor' | t }}
              </button>
              <mat-menu #muteMenu="matMenu">
                @for (option of muteChoices; track option.seconds) {
                  <button mat-menu-item type="button" (click)="choose({ action: 'mute', durationSeconds: option.seconds })">
                    {{ option.label | t }}
                  </button>
                }
              </mat-menu>
              <button mat-stroked-button type="button" data-testid="queue-ban" [disabled]="busy()" (click)="choose({ action: 'ban' })">
                {{ 'moderation.queue.banAuthor' | t }}
              </button>
            }
            <button mat-button type="button" data-testid="queue-dismiss" [disabled]="busy()" (click)="choose({ action: 'dismiss' })">
              {{ 'moderation.queue.dismiss' | t }}
            </button>
          </div>
          @if (error(); as failure) {
            <p class="error" role="alert">{{ failure.key | t: failure.params }}</p>
          }
        </form>
      }
    </article>
  `,
  styleUrl: './report-card.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportCardComponent {
  readonly item = input.required<ReportedItem>();
  readonly busy = input(false);
  readonly error = input<ErrorMessage | null>(null);

  readonly decide = output<QueueDecision>();

  protected readonly maxReason = MODERATION_REASON_MAX_LENGTH;
  protected readonly muteChoices = MUTE_CHOICES;
  protected readonly headingId = `report-card-${++nextId}`;
  protected readonly reasonErrorId = `${this.headingId}-reason`;
  protected readonly reason = signal('');
  protected readonly missingReason = signal(false);
  protected readonly context = computed(() => {
    const item = this.item();
    if (item.message === null) return [];
    return item.context.length > 0 ? item.context : [item.message];
  });
  protected readonly isHidden = computed(() => this.item().message?.hidden ?? this.item().question?.hidden ?? false);
  /** The link's path and `?message=` part, apart, for routerLink. */
  private readonly link = computed(() => new URL(this.item().link, 'http://local'));
  protected readonly path = computed(() => this.link().pathname);
  protected readonly queryParams = computed(() => Object.fromEntries(this.link().searchParams));
  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');

  /** Where focus goes when the card before this one leaves the queue. */
  focus(): void {
    this.heading().nativeElement.focus();
  }

  protected choose(choice: QueueChoice): void {
    const reason = this.reason().trim();
    this.missingReason.set(reason === '');
    if (reason === '') return;
    this.decide.emit({ choice, reason });
  }
}
