/**
 * One moderation action that needs a reason (lock, unlock, slow mode, unmute,
 * unban, …): the reason, and for slow mode the seconds between one person's
 * messages. Sends `POST /api/moderation/actions` and closes with the audit
 * entry; the room hears the effect live. A Material dialog, so focus stays
 * inside and goes back to the opener.
 */
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import {
  MODERATION_REASON_MAX_LENGTH,
  type ModerationActionRequest,
  type ModerationAuditEntry,
} from '@klasteris/contracts';

import { type ErrorMessage, errorMessageFor } from '../../core/api/api-error';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import type { TranslationKey, TranslationParams } from '../../core/i18n/translation-key';
import { ModerationApi } from '../../core/api/moderation-api';

export const SLOW_MODE_MAX_SECONDS = 3600;

export interface ModerationActionDialogData {
  /** Everything but the reason (and, for slow mode, the seconds asked for here). */
  request: Omit<ModerationActionRequest, 'reason'>;
  heading: TranslationKey;
  headingParams?: TranslationParams;
  confirm: TranslationKey;
}

@Component({
  selector: 'kl-moderation-action-dialog',
  imports: [MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  template: `
    <h2 mat-dialog-title>{{ data.heading | t: data.headingParams }}</h2>
    <form novalidate (submit)="submit($event)">
      <mat-dialog-content>
        @if (slowMode) {
          <mat-form-field appearance="outline" class="field">
            <mat-label>{{ 'moderation.slowMode.seconds' | t }}</mat-label>
            <input
              matInput
              type="number"
              min="0"
              [max]="maxSeconds"
              step="1"
              data-testid="slow-mode-seconds"
              [value]="seconds()"
              #secondsField
              (input)="seconds.set(secondsField.valueAsNumber)"
            />
            <mat-hint>{{ 'moderation.slowMode.hint' | t: { max: maxSeconds } }}</mat-hint>
          </mat-form-field>
        }
        <mat-form-field appearance="outline" class="field">
          <mat-label>{{ 'moderation.reason' | t }}</mat-label>
          <textarea
            matInput
            rows="3"
            required
            data-testid="action-reason"
            [maxLength]="maxReason"
            [value]="reason()"
            [attr.aria-invalid]="showInvalid()"
            #reasonField
            (input)="reason.set(reasonField.value)"
          ></textarea>
          @if (showInvalid()) {
            <mat-hint class="invalid">{{ 'moderation.reasonRequired' | t }}</mat-hint>
          }
        </mat-form-field>
        @if (failure(); as error) {
          <p class="invalid" role="alert">{{ error.key | t: error.params }}</p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'moderation.cancel' | t }}</button>
        <!-- Busy is aria-disabled, not disabled: a disabled button would drop the focus the dialog gives back on closing. -->
        <button mat-flat-button type="submit" data-testid="action-confirm" [attr.aria-disabled]="sending() ? 'true' : null">
          {{ data.confirm | t }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .field {
      width: 100%;
    }
    .invalid {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ModerationActionDialogComponent {
  protected readonly data = inject<ModerationActionDialogData>(MAT_DIALOG_DATA);
  private readonly api = inject(ModerationApi);
  private readonly ref = inject<MatDialogRef<ModerationActionDialogComponent, ModerationAuditEntry>>(MatDialogRef);

  protected readonly maxReason = MODERATION_REASON_MAX_LENGTH;
  protected readonly maxSeconds = SLOW_MODE_MAX_SECONDS;
  protected readonly slowMode = this.data.request.action === 'slow_mode';
  protected readonly seconds = signal(this.data.request.durationSeconds ?? 0);
  protected readonly reason = signal('');
  protected readonly tried = signal(false);
  protected readonly sending = signal(false);
  protected readonly failure = signal<ErrorMessage | null>(null);
  private readonly secondsValid = computed(() => {
    const value = this.seconds();
    return !this.slowMode || (Number.isInteger(value) && value >= 0 && value <= SLOW_MODE_MAX_SECONDS);
  });
  private readonly reasonValid = computed(() => {
    const length = this.reason().trim().length;
    return length > 0 && length <= MODERATION_REASON_MAX_LENGTH;
  });
  protected readonly showInvalid = computed(() => this.tried() && !this.reasonValid());

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    this.tried.set(true);
    if (!this.secondsValid()) {
      this.failure.set({ key: 'moderation.slowMode.invalid', params: { max: SLOW_MODE_MAX_SECONDS } });
      return;
    }
    if (!this.reasonValid() || this.sending()) return;
    this.sending.set(true);
    this.failure.set(null);
    try {
      const entry = await this.api.act({
        ...this.data.request,
        ...(this.slowMode ? { durationSeconds: this.seconds() } : {}),
        reason: this.reason().trim(),
      });
      this.ref.close(entry);
    } catch (error) {
      this.failure.set(errorMessageFor(error));
    } finally {
      this.sending.set(false);
    }
  }
}

/**
 * Opens the dialog; resolves with the audit entry once the action is taken,
 * or undefined when cancelled. Focus goes back to `returnFocusTo` when given
 * (a menu's trigger), otherwise to what had it.
 */
export function openModerationActionDialog(
  dialog: MatDialog,
  data: ModerationActionDialogData,
  returnFocusTo?: HTMLElement,
): Promise<ModerationAuditEntry | undefined> {
  const ref = dialog.open<ModerationActionDialogComponent, ModerationActionDialogData, ModerationAuditEntry>(
    ModerationActionDialogComponent,
    { data, width: '30rem', maxWidth: '95vw', autoFocus: 'first-tabbable', restoreFocus: returnFocusTo ?? true },
  );
  return new Promise((resolve) => ref.afterClosed().subscribe(resolve));
}
