/**
 * Reporting a message or a question to the moderators: a reason (required,
 * up to 1,000 characters), then a thank-you. A second report of the same
 * item (409) is not an error to the person: it says kindly that it is
 * already with the moderators. A Material dialog, so focus stays inside and
 * goes back to the opener.
 */
import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, signal, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { REPORT_REASON_MAX_LENGTH, type ReportTargetType, type Uuid } from '@klasteris/contracts';

import { type ErrorMessage, errorCodeOf, errorMessageFor } from '../../core/api/api-error';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { ModerationApi } from '../../core/api/moderation-api';

export interface ReportTarget {
  targetType: ReportTargetType;
  targetId: Uuid;
  /** Whose item it is, to name it in the heading ("Report Tomas's message"); null when anonymous. */
  authorName: string | null;
}

type Outcome = 'reported' | 'alreadyReported';

@Component({
  selector: 'kl-report-dialog',
  imports: [MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  template: `
    <h2 mat-dialog-title>
      {{
        (data.targetType === 'message' ? 'report.headingMessage' : 'report.headingQuestion')
          | t: { name: data.authorName ?? ('report.someone' | t) }
      }}
    </h2>
    @if (outcome(); as done) {
      <mat-dialog-content>
        <p role="status" data-testid="report-outcome" [attr.data-outcome]="done">
          {{ (done === 'reported' ? 'report.thanks' : 'report.already') | t }}
        </p>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button #closeButton mat-flat-button type="button" [mat-dialog-close]="done">{{ 'report.close' | t }}</button>
      </mat-dialog-actions>
    } @else {
      <form novalidate (submit)="submit($event)">
        <mat-dialog-content>
          <p class="intro">{{ 'report.intro' | t }}</p>
          <mat-form-field appearance="outline" class="field">
            <mat-label>{{ 'report.reason' | t }}</mat-label>
            <textarea
              matInput
              rows="4"
              data-testid="report-reason"
              required
              [maxLength]="max"
              [value]="reason()"
              [attr.aria-invalid]="showInvalid()"
              #reasonField
              (input)="reason.set(reasonField.value)"
            ></textarea>
            <mat-hint align="end">{{ 'report.counter' | t: { count: reason().length, max: max } }}</mat-hint>
            @if (showInvalid()) {
              <mat-hint class="invalid">{{ 'report.reasonRequired' | t }}</mat-hint>
            }
          </mat-form-field>
          @if (failure(); as error) {
            <p class="error" role="alert">{{ error.key | t: error.params }}</p>
          }
        </mat-dialog-content>
        <mat-dialog-actions align="end">
          <button mat-button type="button" mat-dialog-close>{{ 'report.cancel' | t }}</button>
          <button mat-flat-button type="submit" data-testid="report-submit" [attr.aria-disabled]="sending() ? 'true' : null">
            {{ 'report.submit' | t }}
          </button>
        </mat-dialog-actions>
      </form>
    }
  `,
  styles: `
    .field {
      width: 100%;
    }
    .intro {
      margin-top: 0;
    }
    .invalid,
    .error {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportDialogComponent {
  protected readonly data = inject<ReportTarget>(MAT_DIALOG_DATA);
  private readonly api = inject(ModerationApi);

  protected readonly max = REPORT_REASON_MAX_LENGTH;
  protected readonly reason = signal('');
  protected readonly tried = signal(false);
  protected readonly sending = signal(false);
  protected readonly failure = signal<ErrorMessage | null>(null);
  protected readonly outcome = signal<Outcome | null>(null);
  private readonly valid = computed(() => {
    const length = this.reason().trim().length;
    return length > 0 && length <= this.max;
  });
  protected readonly showInvalid = computed(() => this.tried() && !this.valid());
  private readonly closeButton = viewChild('closeButton', { read: ElementRef<HTMLButtonElement> });

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    this.tried.set(true);
    if (!this.valid() || this.sending()) return;
    this.sending.set(true);
    this.failure.set(null);
    try {
      await this.api.report({ targetType: this.data.targetType, targetId: this.data.targetId, reason: this.reason().trim() });
      this.finish('reported');
    } catch (error) {
      if (errorCodeOf(error) === 'CONFLICT') this.finish('alreadyReported');
      else this.failure.set(errorMessageFor(error));
    } finally {
      this.sending.set(false);
    }
  }

  /** The form goes: focus moves to the button that closes, right under the outcome. */
  private finish(outcome: Outcome): void {
    this.outcome.set(outcome);
    setTimeout(() => this.closeButton()?.nativeElement.focus());
  }
}

/**
 * Opens the report dialog. Focus goes back to `returnFocusTo` when given (the
 * menu's trigger: the menu item that opened it is gone by then), otherwise
 * to what had it.
 */
export function openReportDialog(dialog: MatDialog, target: ReportTarget, returnFocusTo?: HTMLElement): void {
  dialog.open(ReportDialogComponent, {
    data: target,
    width: '32rem',
    maxWidth: '95vw',
    autoFocus: 'first-tabbable',
    restoreFocus: returnFocusTo ?? true,
  });
}
