/**
 * A new working group: a name, what it is for, and (optionally) the
 * organisations taking part from the start. Anyone signed in may create
 * one and becomes its owner; the group opens on its default channel.
 */
import { ChangeDetectionStrategy, Component, ElementRef, inject, signal, viewChild } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import type { Uuid } from '@klasteris/contracts';

import { ApiClient } from '../../../core/api/api-client';
import { errorMessageFor } from '../../../core/api/api-error';
import { I18nService } from '../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { GroupsDirectory } from '../../../core/live/groups-directory.service';
import { OrganisationsService } from '../../../core/organisations/organisations.service';
import { FormErrorComponent } from '../../../shared/form-error/form-error.component';
import { focusFirstInvalid } from '../../auth/focus-first-invalid';

const NAME_MAX = 120;
const DESCRIPTION_MAX = 2000;

@Component({
  selector: 'kl-create-group-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    FormErrorComponent,
  ],
  template: `
    <p class="back"><a routerLink="/">{{ 'groups.back' | t }}</a></p>
    <h1>{{ 'groups.create.heading' | t }}</h1>
    <p class="intro">{{ 'groups.create.intro' | t }}</p>
    <form class="form" novalidate #formElement [formGroup]="form" (ngSubmit)="submit()" data-testid="create-group-form">
      <kl-form-error [message]="error()" />
      <mat-form-field appearance="outline">
        <mat-label>{{ 'groups.create.name' | t }}</mat-label>
        <input matInput formControlName="name" required [maxlength]="nameMax" data-testid="group-name-input" />
        @if (form.controls.name.invalid) {
          <mat-error>{{ 'groups.create.nameRequired' | t }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'groups.create.description' | t }}</mat-label>
        <textarea matInput formControlName="description" rows="3" [maxlength]="descriptionMax"></textarea>
      </mat-form-field>
      <fieldset class="organisations">
        <legend>{{ 'groups.create.organisations' | t }}</legend>
        <p class="hint">{{ 'groups.create.organisationsHint' | t }}</p>
        @for (organisation of organisations.organisations() ?? []; track organisation.id) {
          <mat-checkbox [checked]="chosen().has(organisation.id)" (change)="toggle(organisation.id, $event.checked)">
            {{ organisation.name }}
          </mat-checkbox>
        }
      </fieldset>
      <div class="actions">
        <button mat-flat-button type="submit" disabledInteractive [disabled]="submitting()">
          {{ (submitting() ? 'groups.create.creating' : 'groups.create.submit') | t }}
        </button>
        <a mat-button routerLink="/">{{ 'room.message.cancel' | t }}</a>
      </div>
    </form>
  `,
  styles: `
    :host {
      display: block;
      max-width: 44rem;
    }
    .back {
      margin: 0;
      font: var(--mat-sys-body-medium);
    }
    h1 {
      margin: 0.5rem 0;
      font: var(--mat-sys-headline-small);
    }
    .intro,
    .hint {
      margin: 0 0 1rem;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .form {
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
    }
    .organisations {
      display: flex;
      flex-direction: column;
      margin: 0;
      padding: 0.75rem 1rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
    }
    legend {
      padding: 0 0.25rem;
      font: var(--mat-sys-title-small);
    }
    .actions {
      display: flex;
      gap: 0.5rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CreateGroupPage {
  private readonly api = inject(ApiClient);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18nService);
  private readonly groups = inject(GroupsDirectory);
  private readonly builder = inject(NonNullableFormBuilder);
  private readonly formElement = viewChild.required<ElementRef<HTMLFormElement>>('formElement');
  protected readonly organisations = inject(OrganisationsService);

  protected readonly nameMax = NAME_MAX;
  protected readonly descriptionMax = DESCRIPTION_MAX;
  protected readonly form = this.builder.group({
    name: ['', [Validators.required, Validators.maxLength(NAME_MAX), Validators.pattern(/\S/)]],
    description: ['', Validators.maxLength(DESCRIPTION_MAX)],
  });
  protected readonly chosen = signal<ReadonlySet<Uuid>>(new Set());
  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);

  constructor() {
    void this.organisations.load().catch(() => undefined);
  }

  protected toggle(organisationId: Uuid, checked: boolean): void {
    this.chosen.update((set) => {
      const next = new Set(set);
      if (checked) next.add(organisationId);
      else next.delete(organisationId);
      return next;
    });
  }

  protected async submit(): Promise<void> {
    if (this.submitting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.formElement().nativeElement);
      return;
    }
    const { name, description } = this.form.getRawValue();
    const organisationIds = [...this.chosen()];
    this.submitting.set(true);
    this.error.set(null);
    try {
      const group = await this.api.createGroup({
        name: name.trim(),
        description: description.trim(),
        ...(organisationIds.length > 0 ? { organisationIds } : {}),
      });
      this.groups.noteDetail(group);
      void this.groups.load();
      await this.router.navigate(['/groups', group.id]);
    } catch (error) {
      const message = errorMessageFor(error);
      this.error.set(this.i18n.translate(message.key, message.params));
    } finally {
      this.submitting.set(false);
    }
  }
}
