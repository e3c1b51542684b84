/**
 * Who is in the group, by organisation. Owners and admins may remove people
 * added one by one (those in through their organisation go with it, in the
 * manage panel) and make people owners or members again (never the last
 * owner); everyone may leave, after confirming.
 */
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  input,
  output,
  signal,
} from '@angular/core';
import type { GroupDetail, GroupMember, GroupRole, Uuid } from '@klasteris/contracts';

import { ApiClient } from '../../../core/api/api-client';
import { errorCodeOf, type ErrorMessage, errorMessageFor } from '../../../core/api/api-error';
import { GroupsApi } from '../../../core/api/groups-api';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import type { TranslationKey } from '../../../core/i18n/translation-key';
import { OrganisationBadgeComponent } from '../../../shared/live-room/organisation-badge.component';
import { membersByOrganisation, offeredRoleChanges } from '../group-members';
import { closeOnEscape } from './close-on-escape';

@Component({
  selector: 'kl-members-panel',
  imports: [TranslatePipe, OrganisationBadgeComponent],
  template: `
    <div class="head">
      <h2 class="title" tabindex="-1" data-panel-heading>
        {{ 'groups.members.heading' | t: { count: group().members.length } }}
      </h2>
      <button type="button" class="close" (click)="closed.emit()">{{ 'groups.panel.close' | t }}</button>
    </div>
    <div class="body" data-testid="members">
      @if (failure(); as problem) {
        <p class="error" role="alert">{{ problem.key | t: problem.params }}</p>
      }
      <p class="visually-hidden" role="status">
        @if (announcement(); as done) {
          {{ done.key | t: { name: done.name } }}
        }
      </p>
      @for (organisation of byOrganisation(); track organisation.organisationId) {
        <section class="organisation" [attr.aria-labelledby]="'org-' + $index">
          <h3 class="org-name" [id]="'org-' + $index">
            <kl-organisation-badge [name]="organisation.organisationName" />
            <span class="visually-hidden">{{
              'groups.members.inOrganisation' | t: { count: organisation.members.length }
            }}</span>
          </h3>
          <ul class="list">
            @for (member of organisation.members; track member.id) {
              <li class="member" data-testid="member">
                <span class="name">{{ member.displayName }}</span>
                @if (member.id === myUserId()) {
                  <span class="note">{{ 'room.presence.you' | t }}</span>
                }
                @if (member.role === 'owner') {
                  <span class="note">{{ 'groups.members.owner' | t }}</span>
                }
                @if (member.viaOrganisation) {
                  <span class="note">{{ 'groups.members.viaOrganisation' | t }}</span>
                }
                @if (roleChanges().get(member.id); as role) {
                  <button
                    type="button"
                    class="plain"
                    data-testid="member-role"
                    [attr.data-member-role]="member.id"
                    [disabled]="busy()"
                    [attr.aria-label]="
                      (role === 'owner' ? 'groups.members.makeOwnerLabel' : 'groups.members.makeMemberLabel')
                        | t: { name: member.displayName }
                    "
                    (click)="setRole(member, role)"
                  >
                    {{ (role === 'owner' ? 'groups.members.makeOwner' : 'groups.members.makeMember') | t }}
                  </button>
                }
                @if (group().canManage && member.id !== myUserId() && !member.viaOrganisation) {
                  <button
                    type="button"
                    class="plain"
                    [disabled]="busy()"
                    [attr.aria-label]="'groups.members.removeLabel' | t: { name: member.displayName }"
                    (click)="removeMember(member)"
                  >
                    {{ 'groups.members.remove' | t }}
                  </button>
                }
              </li>
            }
          </ul>
        </section>
      }
    </div>
    <div class="leave">
      @if (confirmingLeave()) {
        <div class="row" role="group" [attr.aria-label]="'groups.members.leaveConfirm' | t">
          <p class="quiet">{{ 'groups.members.leaveConfirm' | t }}</p>
          <button type="button" class="plain danger" data-testid="leave-confirm" [disabled]="busy()" (click)="leave()">
            {{ 'groups.members.leave' | t }}
          </button>
          <button type="button" class="plain" (click)="confirmingLeave.set(false)">{{ 'room.message.cancel' | t }}</button>
        </div>
      } @else {
        <button type="button" class="plain danger" data-testid="leave" (click)="confirmingLeave.set(true)">
          {{ 'groups.members.leave' | t }}
        </button>
      }
    </div>
  `,
  styleUrl: './panel.scss',
  host: { '(keydown.escape)': 'onEscape($event)' },
  styles: `
    .organisation {
      margin-bottom: 0.75rem;
    }
    .org-name {
      margin: 0 0 0.25rem;
      font: var(--mat-sys-title-small);
    }
    .member {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.5rem;
      padding-inline-start: 0.5rem;
      font: var(--mat-sys-body-medium);
    }
    .list {
      gap: 0.25rem;
    }
    .name {
      flex: 1;
      overflow-wrap: anywhere;
    }
    .note {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .leave {
      padding-top: 0.5rem;
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MembersPanelComponent {
  private readonly api = inject(ApiClient);
  private readonly groupsApi = inject(GroupsApi);
  private readonly host: ElementRef<HTMLElement> = inject(ElementRef);
  private readonly injector = inject(Injector);

  readonly group = input.required<GroupDetail>();
  readonly myUserId = input<Uuid | null>(null);
  readonly closed = output();

  protected onEscape(event: Event): void {
    closeOnEscape(event, () => this.closed.emit());
  }
  readonly changed = output<GroupDetail>();
  readonly left = output();

  protected readonly byOrganisation = computed(() => membersByOrganisation(this.group().members));
  protected readonly roleChanges = computed(() => offeredRoleChanges(this.group().members, this.group().canManage));
  protected readonly busy = signal(false);
  protected readonly failure = signal<ErrorMessage | null>(null);
  protected readonly confirmingLeave = signal(false);
  /** Said to screen readers once a role has changed (the list re-sorts, owners first). */
  protected readonly announcement = signal<{ key: TranslationKey; name: string } | null>(null);

  protected async removeMember(member: GroupMember): Promise<void> {
    await this.run(async () => {
      const group = this.group();
      await this.api.removeGroupMember(group.id, member.id);
      this.changed.emit(await this.api.group(group.id));
    });
  }

  protected async setRole(member: GroupMember, role: GroupRole): Promise<void> {
    await this.run(async () => {
      const group = await this.groupsApi.setMemberRole(this.group().id, member.id, role);
      this.changed.emit(group);
      const done: TranslationKey = role === 'owner' ? 'groups.members.nowOwner' : 'groups.members.nowMember';
      this.announcement.set({ key: done, name: member.displayName });
      this.keepFocusOn(member.id);
    }, 'groups.members.lastOwner');
  }

  protected async leave(): Promise<void> {
    const me = this.myUserId();
    if (me === null) return;
    await this.run(async () => {
      await this.api.removeGroupMember(this.group().id, me);
      this.left.emit();
    }, 'groups.members.lastOwner');
  }

  /**
   * The person's row moves when the list re-sorts, and their button is gone
   * if I stepped down myself: the keyboard goes back to their button, or to the heading.
   */
  private keepFocusOn(memberId: Uuid): void {
    afterNextRender(
      () => {
        const host = this.host.nativeElement;
        const target =
          host.querySelector<HTMLElement>(`[data-member-role="${memberId}"]`) ??
          host.querySelector<HTMLElement>('[data-panel-heading]');
        target?.focus();
      },
      { injector: this.injector },
    );
  }

  /** `conflict`: what a 409 means here (only ever that the group would be left without an owner). */
  private async run(work: () => Promise<void>, conflict?: TranslationKey): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.failure.set(null);
    this.announcement.set(null);
    try {
      await work();
    } catch (error) {
      this.failure.set(
        conflict !== undefined && errorCodeOf(error) === 'CONFLICT' ? { key: conflict } : errorMessageFor(error),
      );
    } finally {
      this.busy.set(false);
    }
  }
}
