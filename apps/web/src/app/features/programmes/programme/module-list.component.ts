/** A programme's modules in reading order, with done marks for an enrolled learner and their assignments. */
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { Locale, ProgrammeModule } from '@klasteris/contracts';

import { anyFallback, otherLocale, shownText } from '../../../core/content/localized-content';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { UntranslatedLabelComponent } from '../../../shared/content/untranslated-label.component';
import { inReadingOrder } from '../module-order';

@Component({
  selector: 'kl-module-list',
  imports: [RouterLink, TranslatePipe, UntranslatedLabelComponent],
  template: `
    <ol class="modules">
      @for (entry of entries(); track entry.module.id) {
        <li class="module" data-testid="module-entry" [class.done]="entry.module.completed">
          <span class="number" aria-hidden="true">{{ $index + 1 }}</span>
          <div class="text">
            <a [routerLink]="['/programmes', programmeId(), 'modules', entry.module.id]" [attr.lang]="entry.title.lang">{{
              entry.title.plain
            }}</a>
            @if (entry.fallback) {
              <kl-untranslated-label [shownIn]="otherLanguage()" />
            }
            @if (entry.module.assignments.length > 0) {
              <span class="meta">{{ 'programmes.assignmentCount' | t: { count: entry.module.assignments.length } }}</span>
            }
          </div>
          @if (showDone()) {
            <span class="state" data-testid="module-state">
              @if (entry.module.completed) {
                <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                  <path d="M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4L9 16.2Z" />
                </svg>
                {{ 'programmes.moduleDone' | t }}
              } @else {
                {{ 'programmes.moduleNotDone' | t }}
              }
            </span>
          }
        </li>
      }
    </ol>
  `,
  styles: `
    .modules {
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .module {
      display: flex;
      align-items: center;
      gap: 0.75rem;
      padding: 0.75rem 1rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container-low);
    }
    .number {
      flex: none;
      width: 2rem;
      height: 2rem;
      border-radius: 50%;
      background: var(--mat-sys-surface-container-highest);
      font: var(--mat-sys-title-small);
      line-height: 2rem;
      text-align: center;
    }
    .done .number {
      background: var(--mat-sys-primary);
      color: var(--mat-sys-on-primary);
    }
    .text {
      display: flex;
      flex: 1;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.75rem;
      font: var(--mat-sys-title-medium);
      overflow-wrap: anywhere;
    }
    .meta,
    .state {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .state {
      display: inline-flex;
      align-items: center;
      gap: 0.25rem;
    }
    .state svg {
      width: 1.25rem;
      height: 1.25rem;
      fill: var(--mat-sys-primary);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ModuleListComponent {
  readonly programmeId = input.required<string>();
  readonly modules = input.required<readonly ProgrammeModule[]>();
  readonly locale = input.required<Locale>();
  /** An enrolled learner sees which modules are done. */
  readonly showDone = input(false);

  protected readonly otherLanguage = computed(() => otherLocale(this.locale()));
  protected readonly entries = computed(() =>
    inReadingOrder(this.modules()).map((module) => ({
      module,
      title: shownText(module.title, this.locale()),
      fallback: anyFallback(this.locale(), module.title, module.description, module.body),
    })),
  );
}
