/**
 * One banned-word list as a form: its name, language, what happens on a
 * match (held for review or refused) and its words, one a line. Used for
 * the lists there are and for a new one. Presentational: the page saves.
 */
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import type { BannedWordList, BannedWordMode, Locale, SaveBannedWordListRequest } from '@klasteris/contracts';

import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { FormErrorComponent } from '../../../shared/form-error/form-error.component';
import { BANNED_WORD_MAX_LENGTH, parseWords, wordsProblem, wordsText } from './banned-words';

const LIST_NAME_MAX = 100;

@Component({
  selector: 'kl-banned-word-list-editor',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    TranslatePipe,
    FormErrorComponent,
  ],
  template: `
    <form class="form" [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="banned-word-list">
      <kl-form-error [message]="error()" />
      <mat-form-field appearance="outline">
        <mat-label>{{ 'adminModeration.listName' | t }}</mat-label>
        <input matInput formControlName="name" data-testid="list-name" [maxlength]="nameMax" required />
        @if (form.controls.name.invalid) {
          <mat-error>{{ 'adminModeration.listNameRequired' | t }}</mat-error>
        }
      </mat-form-field>

      <div class="choices">
        <fieldset>
          <legend>{{ 'adminModeration.language' | t }}</legend>
          <mat-radio-group formControlName="language" data-testid="list-language">
            <mat-radio-button value="lt">{{ 'language.lt' | t }}</mat-radio-button>
            <mat-radio-button value="en">{{ 'language.en' | t }}</mat-radio-button>
          </mat-radio-group>
        </fieldset>
        <fieldset>
          <legend>{{ 'adminModeration.mode' | t }}</legend>
          <mat-radio-group formControlName="mode" data-testid="list-mode">
            <mat-radio-button value="hold">{{ 'adminModeration.modeHold' | t }}</mat-radio-button>
            <mat-radio-button value="refuse">{{ 'adminModeration.modeRefuse' | t }}</mat-radio-button>
          </mat-radio-group>
        </fieldset>
      </div>

      <mat-form-field appearance="outline">
        <mat-label>{{ 'adminModeration.words' | t }}</mat-label>
        <textarea matInput formControlName="words" rows="6" data-testid="list-words" spellcheck="false"></textarea>
        <mat-hint>{{ 'adminModeration.wordsHint' | t: { count: words().length } }}</mat-hint>
      </mat-form-field>
      @if (shownProblem(); as problem) {
        <p class="invalid" role="alert">
          @switch (problem.kind) {
            @case ('empty') {
              {{ 'adminModeration.wordsEmpty' | t }}
            }
            @case ('tooMany') {
              {{ 'adminModeration.wordsTooMany' | t }}
            }
            @case ('tooLong') {
              {{ 'adminModeration.wordTooLong' | t: { max: wordMax } }}
            }
          }
        </p>
      }

      <div class="actions">
        <button mat-flat-button type="submit" data-testid="list-save" disabledInteractive [disabled]="saving()">
          {{
            (saving() ? 'adminModeration.saving' : list() ? 'adminModeration.saveList' : 'adminModeration.addList') | t
          }}
        </button>
        @if (list()) {
          <button
            mat-stroked-button
            type="button"
            data-testid="list-delete"
            disabledInteractive
            [disabled]="saving()"
            (click)="remove.emit()"
          >
            {{ 'adminModeration.deleteList' | t }}
          </button>
        } @else {
          <button mat-button type="button" (click)="dismiss.emit()">{{ 'adminModeration.cancel' | t }}</button>
        }
      </div>
    </form>
  `,
  styles: `
    .form {
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
    }
    .choices {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
    }
    fieldset {
      flex: 1 1 14rem;
      margin: 0;
      padding: 0.25rem 0.75rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-small);
    }
    legend {
      padding: 0 0.25rem;
      font: var(--mat-sys-title-small);
    }
    mat-radio-group {
      display: flex;
      flex-direction: column;
    }
    textarea {
      font-family: inherit;
    }
    .invalid {
      margin: 0;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-error);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BannedWordListEditorComponent {
  /** The saved list, or null for a new one. */
  readonly list = input<BannedWordList | null>(null);
  readonly saving = input(false);
  /** The server's refusal, translated. */
  readonly error = input<string | null>(null);
  readonly save = output<SaveBannedWordListRequest>();
  readonly remove = output();
  readonly dismiss = output();

  protected readonly nameMax = LIST_NAME_MAX;
  protected readonly wordMax = BANNED_WORD_MAX_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.pattern(/\S/), Validators.maxLength(LIST_NAME_MAX)]],
    language: ['lt' as Locale],
    mode: ['hold' as BannedWordMode],
    words: [''],
  });
  private readonly wordsValue = toSignal(this.form.controls.words.valueChanges, { initialValue: '' });
  protected readonly words = computed(() => parseWords(this.wordsValue()));
  private readonly submitted = signal(false);
  protected readonly shownProblem = computed(() => {
    const problem = wordsProblem(this.words());
    // An empty new list is not yet a mistake; it is once saving is tried.
    return problem?.kind === 'empty' && !this.submitted() ? null : problem;
  });

  constructor() {
    // A saved list (also after each save) shows as the server keeps it.
    effect(() => {
      const list = this.list();
      if (list === null) return;
      this.submitted.set(false);
      this.form.reset({ name: list.name, language: list.language, mode: list.mode, words: wordsText(list.words) });
    });
  }

  protected submit(): void {
    if (this.saving()) return;
    this.submitted.set(true);
    const words = this.words();
    if (this.form.invalid || wordsProblem(words) !== null) {
      this.form.markAllAsTouched();
      return;
    }
    const { name, language, mode } = this.form.getRawValue();
    this.save.emit({ name: name.trim(), language, mode, words });
  }
}
