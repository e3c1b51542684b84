/**
 * Managing a group (owners and admins): add a whole organisation (everyone
 * in it joins, and people who join it later), remove one, and open a new
 * channel, and find people by name to add one by one.
 */
import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type { GroupCandidate, GroupDetail, Uuid } from '@klasteris/contracts';

import { ApiClient } from '../../../core/api/api-client';
import { type ErrorMessage, errorMessageFor } from '../../../core/api/api-error';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { OrganisationsService } from '../../../core/organisations/organisations.service';
import { closeOnEscape } from './close-on-escape';

const CHANNEL_NAME_MAX = 80;

@Component({
  selector: 'kl-manage-panel',
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, TranslatePipe],
  template: `
    <div class="head">
      <h2 class="title" tabindex="-1" data-panel-heading>{{ 'groups.manage.heading' | t }}</h2>
      <button type="button" class="close" (click)="closed.emit()">{{ 'groups.panel.close' | t }}</button>
    </div>
    <div class="body">
      <div aria-live="polite">
        @if (failure(); as problem) {
          <p class="error" role="alert">{{ problem.key | t: problem.params }}</p>
        }
        @if (done(); as text) {
          <p class="quiet">{{ text.key | t: text.params }}</p>
        }
      </div>

      <section class="section" aria-labelledby="manage-organisations">
        <h3 id="manage-organisations" class="sub">{{ 'groups.manage.organisations' | t }}</h3>
        <ul class="list">
          @for (organisation of group().organisations; track organisation.id) {
            <li class="row">
              <span class="name">{{ organisation.name }}</span>
              <button
                type="button"
                class="plain"
                [disabled]="busy()"
                [attr.aria-label]="'groups.manage.removeOrganisationLabel' | t: { name: organisation.name }"
                (click)="removeOrganisation(organisation.id, organisation.name)"
              >
                {{ 'groups.members.remove' | t }}
              </button>
            </li>
          } @empty {
            <li class="quiet">{{ 'groups.manage.noOrganisations' | t }}</li>
          }
        </ul>
        <form class="form" (submit)="addOrganisation($event)">
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ 'groups.manage.addOrganisation' | t }}</mat-label>
            <mat-select
              data-testid="add-organisation"
              [value]="organisationId()"
              (valueChange)="organisationId.set($event)"
            >
              @for (organisation of addable(); track organisation.id) {
                <mat-option [value]="organisation.id">{{ organisation.name }}</mat-option>
              }
            </mat-select>
            <mat-hint>{{ 'groups.manage.addOrganisationHint' | t }}</mat-hint>
          </mat-form-field>
          <button mat-flat-button type="submit" [disabled]="busy() || organisationId() === null">
            {{ 'groups.manage.add' | t }}
          </button>
        </form>
      </section>

      <section class="section" aria-labelledby="manage-people">
        <h3 id="manage-people" class="sub">{{ 'groups.manage.people' | t }}</h3>
        <form class="form" role="search" (submit)="findPeople($event)">
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ 'groups.manage.findPerson' | t }}</mat-label>
            <input
              matInput
              type="search"
              name="person"
              data-testid="find-person"
              [ngModel]="personQuery()"
              (ngModelChange)="personQuery.set($event)"
            />
          </mat-form-field>
          <button mat-stroked-button type="submit" [disabled]="busy() || personQuery().trim() === ''">
            {{ 'groups.search.submit' | t }}
          </button>
        </form>
        @if (people(); as found) {
          <ul class="list">
            @for (person of found; track person.id) {
              <li class="row">
                <span class="name"
                  >{{ person.displayName }} · {{ person.organisationName ?? ('account.noOrganisation' | t) }}</span
                >
                @if (memberIds().has(person.id)) {
                  <span class="quiet">{{ 'groups.manage.alreadyMember' | t }}</span>
                } @else {
                  <button
                    type="button"
                    class="plain"
                    [disabled]="busy()"
                    [attr.aria-label]="'groups.manage.addPersonLabel' | t: { name: person.displayName }"
                    (click)="addPerson(person)"
                  >
                    {{ 'groups.manage.add' | t }}
                  </button>
                }
              </li>
            } @empty {
              <li class="quiet">{{ 'groups.manage.nobodyFound' | t }}</li>
            }
          </ul>
        }
      </section>

      <section class="section" aria-labelledby="manage-channel">
        <h3 id="manage-channel" class="sub">{{ 'groups.manage.newChannel' | t }}</h3>
        <form class="form" (submit)="createChannel($event)">
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ 'groups.manage.channelName' | t }}</mat-label>
            <input
              matInput
              name="channel"
              data-testid="channel-name-input"
              [maxlength]="channelMax"
              [ngModel]="channelName()"
              (ngModelChange)="channelName.set($event)"
            />
          </mat-form-field>
          <button mat-flat-button type="submit" [disabled]="busy() || channelName().trim() === ''">
            {{ 'groups.manage.createChannel' | t }}
          </button>
        </form>
      </section>
    </div>
  `,
  styleUrl: './panel.scss',
  host: { '(keydown.escape)': 'onEscape($event)' },
  styles: `
    .section {
      margin-bottom: 1rem;
    }
    .sub {
      margin: 0 0 0.5rem;
      font: var(--mat-sys-title-small);
    }
    .name {
      flex: 1;
      font: var(--mat-sys-body-medium);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ManagePanelComponent {
  private readonly api = inject(ApiClient);
  private readonly organisations = inject(OrganisationsService);

  readonly group = input.required<GroupDetail>();
  readonly closed = output();

  protected onEscape(event: Event): void {
    closeOnEscape(event, () => this.closed.emit());
  }
  readonly changed = output<GroupDetail>();
  /** The new channel's room id. */
  readonly channelCreated = output<Uuid>();

  protected readonly channelMax = CHANNEL_NAME_MAX;
  protected readonly organisationId = signal<Uuid | null>(null);
  protected readonly channelName = signal('');
  protected readonly busy = signal(false);
  protected readonly failure = signal<ErrorMessage | null>(null);
  protected readonly done = signal<{
    key: 'groups.manage.added' | 'groups.manage.removed';
    params: { name: string };
  } | null>(null);
  protected readonly personQuery = signal('');
  protected readonly people = signal<readonly GroupCandidate[] | null>(null);
  protected readonly memberIds = computed(() => new Set(this.group().members.map((member) => member.id)));
  protected readonly addable = computed(() => {
    const taken = new Set(this.group().organisations.map((organisation) => organisation.id));
    return (this.organisations.organisations() ?? []).filter((organisation) => !taken.has(organisation.id));
  });

  constructor() {
    void this.organisations.load().catch(() => undefined);
  }

  protected async addOrganisation(event: Event): Promise<void> {
    event.preventDefault();
    const organisationId = this.organisationId();
    if (organisationId === null) return;
    const name = this.organisations.nameOf(organisationId) ?? '';
    await this.run(async () => {
      this.changed.emit(await this.api.addGroupMember(this.group().id, { organisationId }));
      this.organisationId.set(null);
      this.done.set({ key: 'groups.manage.added', params: { name } });
    });
  }

  protected async removeOrganisation(organisationId: Uuid, name: string): Promise<void> {
    await this.run(async () => {
      const groupId = this.group().id;
      await this.api.removeGroupOrganisation(groupId, organisationId);
      this.changed.emit(await this.api.group(groupId));
      this.done.set({ key: 'groups.manage.removed', params: { name } });
    });
  }

  protected async findPeople(event: Event): Promise<void> {
    event.preventDefault();
    const query = this.personQuery().trim();
    if (query === '') return;
    await this.run(async () => {
      this.people.set((await this.api.groupCandidates(this.group().id, query)).items);
    });
  }

  protected async addPerson(person: GroupCandidate): Promise<void> {
    await this.run(async () => {
      this.changed.emit(await this.api.addGroupMember(this.group().id, { userId: person.id }));
      this.done.set({ key: 'groups.manage.added', params: { name: person.displayName } });
    });
  }

  protected async createChannel(event: Event): Promise<void> {
    event.preventDefault();
    const name = this.channelName().trim();
    if (name === '') return;
    await this.run(async () => {
      const channel = await this.api.createChannel(this.group().id, { name });
      this.channelName.set('');
      this.channelCreated.emit(channel.id);
    });
  }

  private async run(work: () => Promise<void>): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.failure.set(null);
    this.done.set(null);
    try {
      await work();
    } catch (error) {
      this.failure.set(errorMessageFor(error));
    } finally {
      this.busy.set(false);
    }
  }
}
