/**
 * One question as the audience sees it: votes (a toggle, pressed when I
 * voted), who asked (or "Anonymous") with their organisation, when, whether
 * it is pinned, answered, waiting for approval or not taken up, and the
 * answer. An answered question is collapsed to make room for open ones: its
 * text shortened and its answer behind a disclosure button. Someone else's
 * question can be reported (the dialog handles itself); a hidden one, which
 * only moderators receive, is greyed and marked. Presentational otherwise.
 */
import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import type { Question } from '@klasteris/contracts';

import { LocalDateTimePipe } from '../../../core/i18n/local-date-time.pipe';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { OrganisationBadgeComponent } from '../../../shared/live-room/organisation-badge.component';
import { openReportDialog } from '../../../shared/live-room/report-dialog.component';

@Component({
  selector: 'kl-question-item',
  imports: [TranslatePipe, LocalDateTimePipe, OrganisationBadgeComponent],
  templateUrl: './question-item.component.html',
  styleUrl: './question-item.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QuestionItemComponent {
  readonly question = input.required<Question>();
  /** I asked it. */
  readonly mine = input(false);
  /** Voting is possible now (connected, the consultation not ended). */
  readonly canVote = input(true);
  /** A vote of mine on it is on its way: another press waits. */
  readonly busy = input(false);

  readonly vote = output();

  protected readonly expanded = signal(false);
  private readonly dialog = inject(MatDialog);
  protected readonly shortBody = computed(() => {
    const text = this.question().body.replace(/\s+/g, ' ');
    return text.length > 60 ? `${text.slice(0, 59)}…` : text;
  });

  protected report(): void {
    const question = this.question();
    openReportDialog(this.dialog, {
      targetType: 'question',
      targetId: question.id,
      authorName: question.author?.displayName ?? null,
    });
  }

  protected onVote(): void {
    // Busy is aria-disabled, not disabled: a disabled button would drop the keyboard focus.
    if (!this.busy()) this.vote.emit();
  }
  protected readonly bodyId = computed(() => `question-${this.question().id}`);
  protected readonly answerId = computed(() => `answer-${this.question().id}`);
  protected readonly collapsible = computed(() => {
    const question = this.question();
    return question.status === 'answered' && question.answer !== null;
  });
}
