/** Top or newest first: a pair of toggle buttons (a radio group to assistive technology). */
import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import type { QuestionSort } from '@klasteris/contracts';

import { TranslatePipe } from '../../../core/i18n/translate.pipe';

let nextId = 0;

@Component({
  selector: 'kl-question-sort',
  imports: [MatButtonToggleModule, TranslatePipe],
  template: `
    <span class="label" [id]="labelId" aria-hidden="true">{{ 'consultations.sort.label' | t }}</span>
    <mat-button-toggle-group
      hideSingleSelectionIndicator
      data-testid="question-sort"
      [attr.aria-labelledby]="labelId"
      [value]="sort()"
      (change)="choose($event.value)"
    >
      <mat-button-toggle value="top" data-testid="sort-top">{{ 'consultations.sort.top' | t }}</mat-button-toggle>
      <mat-button-toggle value="new" data-testid="sort-new">{{ 'consultations.sort.new' | t }}</mat-button-toggle>
    </mat-button-toggle-group>
  `,
  styles: `
    :host {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
    }
    .label {
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QuestionSortComponent {
  readonly sort = input.required<QuestionSort>();
  readonly sortChange = output<QuestionSort>();
  protected readonly labelId = `question-sort-label-${++nextId}`;

  protected choose(value: unknown): void {
    if (value === 'top' || value === 'new') this.sortChange.emit(value);
  }
}
