/**
 * "Are you sure?" for an action that cannot be undone: a heading, what will
 * happen, and the two choices; closes with true only when confirmed. A
 * Material dialog, so focus stays inside and returns to the opener.
 */
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';

import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import type { TranslationKey } from '../../../core/i18n/translation-key';

export interface ConfirmDialogData {
  heading: TranslationKey;
  text: TranslationKey;
  confirm: TranslationKey;
  cancel: TranslationKey;
}

@Component({
  selector: 'kl-confirm-dialog',
  imports: [MatDialogModule, MatButtonModule, TranslatePipe],
  template: `
    <h2 mat-dialog-title>{{ data.heading | t }}</h2>
    <mat-dialog-content>
      <p>{{ data.text | t }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false">{{ data.cancel | t }}</button>
      <button mat-flat-button type="button" data-testid="confirm" [mat-dialog-close]="true">{{ data.confirm | t }}</button>
    </mat-dialog-actions>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConfirmDialogComponent {
  protected readonly data = inject<ConfirmDialogData>(MAT_DIALOG_DATA);
}
