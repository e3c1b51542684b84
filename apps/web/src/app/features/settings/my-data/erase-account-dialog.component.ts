/**
 * The last step before erasing an account: what it means, and the person's
 * e-mail address to type, so it cannot happen by a slip. Closes with true
 * only when confirmed.
 */
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { confirmsEmail } from './my-data';

export interface EraseAccountDialogData {
  email: string;
}

@Component({
  selector: 'kl-erase-account-dialog',
  imports: [FormsModule, MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  template: `
    <h2 mat-dialog-title>{{ 'myData.confirmHeading' | t }}</h2>
    <form (ngSubmit)="confirm()">
      <mat-dialog-content>
        <p>{{ 'myData.confirmText' | t }}</p>
        <p>{{ 'myData.confirmTypeEmail' | t: { email: data.email } }}</p>
        <mat-form-field appearance="outline" class="field">
          <mat-label>{{ 'myData.confirmEmailLabel' | t }}</mat-label>
          <input
            matInput
            type="email"
            name="email"
            autocomplete="off"
            data-testid="erase-confirm-email"
            cdkFocusInitial
            [ngModel]="typed()"
            (ngModelChange)="typed.set($event)"
          />
          <mat-hint aria-live="polite">
            @if (typed() !== '' && !matches()) {
              {{ 'myData.confirmMismatch' | t }}
            }
          </mat-hint>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" [mat-dialog-close]="false">{{ 'myData.keepAccount' | t }}</button>
        <button
          mat-flat-button
          type="submit"
          class="danger"
          data-testid="erase-confirm"
          disabledInteractive
          [disabled]="!matches()"
        >
          {{ 'myData.eraseForGood' | t }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .field {
      width: 100%;
    }
    .danger:not([aria-disabled='true']) {
      background: var(--mat-sys-error);
      color: var(--mat-sys-on-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EraseAccountDialogComponent {
  protected readonly data = inject<EraseAccountDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<EraseAccountDialogComponent, boolean>>(MatDialogRef);

  protected readonly typed = signal('');
  protected readonly matches = computed(() => confirmsEmail(this.typed(), this.data.email));

  protected confirm(): void {
    if (this.matches()) this.ref.close(true);
  }
}
