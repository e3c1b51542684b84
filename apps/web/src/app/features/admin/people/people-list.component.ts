/**
 * People found by the search, one card each: name, e-mail address,
 * organisation and account state, a role choice and a deactivate or
 * reactivate button. Presentational: choices go out as outputs.
 */
import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { type MatSelectChange, MatSelectModule } from '@angular/material/select';
import { type AdminUserView, type Role, ROLES, type Uuid } from '@klasteris/contracts';

import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { ROLE_LABELS } from '../admin-labels';

export interface RoleChange {
  person: AdminUserView;
  role: Role;
  /** Shows the person's saved role again, after the server refused the change. */
  undo: () => void;
}

@Component({
  selector: 'kl-people-list',
  imports: [MatButtonModule, MatFormFieldModule, MatSelectModule, TranslatePipe],
  template: `
    <ul class="people">
      @for (person of people(); track person.id) {
        <li class="person" data-testid="person" [class.deactivated]="person.deactivated">
          <div class="who">
            <span class="name" data-testid="person-name">
              {{ person.displayName }}
              @if (person.id === currentUserId()) {
                <span class="you">{{ 'adminPeople.you' | t }}</span>
              }
            </span>
            <span class="meta">{{ person.email }}</span>
            <span class="meta">{{ person.organisationName ?? ('account.noOrganisation' | t) }}</span>
            @if (person.deactivated) {
              <span class="state" data-testid="person-deactivated">{{ 'adminPeople.deactivated' | t }}</span>
            }
          </div>
          <div class="controls">
            <mat-form-field appearance="outline" subscriptSizing="dynamic" class="role">
              <mat-label>{{ 'adminPeople.role' | t }}</mat-label>
              <mat-select
                data-testid="person-role"
                [value]="person.role"
                [disabled]="busyId() === person.id"
                [attr.aria-description]="person.displayName"
                (selectionChange)="chooseRole(person, $event)"
              >
                @for (role of roles; track role) {
                  <mat-option [value]="role">{{ roleLabels[role] | t }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
            <button
              mat-stroked-button
              type="button"
              data-testid="person-toggle-active"
              disabledInteractive
              [disabled]="busyId() === person.id"
              [attr.aria-label]="
                (person.deactivated ? 'adminPeople.reactivateLabel' : 'adminPeople.deactivateLabel')
                  | t: { name: person.displayName }
              "
              (click)="toggleActive.emit(person)"
            >
              {{ (person.deactivated ? 'adminPeople.reactivate' : 'adminPeople.deactivate') | t }}
            </button>
          </div>
        </li>
      }
    </ul>
  `,
  styles: `
    .people {
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .person {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem 1rem;
      padding: 0.75rem 1rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container-low);
    }
    .person.deactivated {
      background: var(--mat-sys-surface-container-highest);
    }
    .who {
      display: flex;
      flex-direction: column;
      min-width: 0;
    }
    .name {
      font: var(--mat-sys-title-medium);
      overflow-wrap: anywhere;
    }
    .meta {
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
      overflow-wrap: anywhere;
    }
    .you,
    .state {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .state {
      color: var(--mat-sys-error);
    }
    .controls {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
    }
    .role {
      width: 11rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PeopleListComponent {
  readonly people = input.required<readonly AdminUserView[]>();
  readonly currentUserId = input<Uuid | null>(null);
  /** The person whose change is being saved. */
  readonly busyId = input<Uuid | null>(null);
  readonly roleChange = output<RoleChange>();
  readonly toggleActive = output<AdminUserView>();

  protected readonly roles = ROLES;
  protected readonly roleLabels = ROLE_LABELS;

  protected chooseRole(person: AdminUserView, change: MatSelectChange<Role>): void {
    this.roleChange.emit({
      person,
      role: change.value,
      undo: () => {
        change.source.value = person.role;
      },
    });
  }
}
