/**
 * A working group: its channels (with live unread counts), the open
 * channel's live room, and a side panel for one of: a thread, the pinned
 * messages, search, the members by organisation, or (for owners and admins)
 * managing the group. On a narrow screen the channel list and the side panel
 * become drawers over the conversation, each trapping and then returning
 * focus. The page owns the channel's LiveRoomStore and fetches the group;
 * the panels only render and emit.
 */
import { BreakpointObserver } from '@angular/cdk/layout';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatSidenavModule } from '@angular/material/sidenav';
import { Router, RouterLink } from '@angular/router';
import type { GroupDetail, Message, Uuid } from '@klasteris/contracts';
import { map } from 'rxjs';

import { ApiClient } from '../../../core/api/api-client';
import { type ErrorMessage, errorCodeOf, errorMessageFor } from '../../../core/api/api-error';
import { AuthService } from '../../../core/auth/auth.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import type { TranslationKey, TranslationParams } from '../../../core/i18n/translation-key';
import { GroupsDirectory } from '../../../core/live/groups-directory.service';
import { LiveRoomStore } from '../../../core/live/room/live-room.store';
import { pendingIn } from '../../../core/live/room/threads';
import { messageActionsOn } from '../../../shared/live-room/message-actions';
import type { ComposedMessage } from '../../../shared/live-room/message-composer.component';
import { OrganisationBadgeComponent } from '../../../shared/live-room/organisation-badge.component';
import { roomProblemFor } from '../../../shared/live-room/room-problem';
import { StoreLiveRoomComponent } from '../../../shared/live-room/store-live-room.component';
import { ThreadPanelComponent } from '../../../shared/live-room/thread-panel.component';
import { mentionCandidates } from '../group-members';
import { ChannelListComponent } from './channel-list.component';
import { ManagePanelComponent } from './manage-panel.component';
import { MembersPanelComponent } from './members-panel.component';
import { PinsPanelComponent } from './pins-panel.component';
import { SearchPanelComponent } from './search-panel.component';

export type SidePanel = 'thread' | 'pins' | 'search' | 'members' | 'manage';

/** A toolbar button that opens (or closes) one side panel. */
interface PanelToggle {
  panel: Exclude<SidePanel, 'thread'>;
  label: TranslationKey;
  labelParams?: TranslationParams;
}

/** Below this width the channel list and the side panel are drawers. */
const NARROW_QUERY = '(max-width: 62rem)';

@Component({
  selector: 'kl-group-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatSidenavModule,
    TranslatePipe,
    OrganisationBadgeComponent,
    StoreLiveRoomComponent,
    ThreadPanelComponent,
    ChannelListComponent,
    MembersPanelComponent,
    SearchPanelComponent,
    PinsPanelComponent,
    ManagePanelComponent,
  ],
  providers: [LiveRoomStore],
  templateUrl: './group.page.html',
  styleUrl: './group.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GroupPage {
  /** From the route: the group, the channel (the default one when absent) and `?message=<seq>`. */
  readonly groupId = input.required<string>();
  readonly roomId = input<string | undefined>(undefined);
  readonly message = input<string | undefined>(undefined);

  protected readonly store = inject(LiveRoomStore);
  protected readonly directory = inject(GroupsDirectory);
  protected readonly messageActions = messageActionsOn(this.store);
  private readonly api = inject(ApiClient);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);

  protected readonly group = signal<GroupDetail | null>(null);
  protected readonly loadFailure = signal<ErrorMessage | null>(null);
  protected readonly panel = signal<SidePanel | null>(null);
  protected readonly channelsOpen = signal(false);
  protected readonly highlightSeq = signal<number | null>(null);
  protected readonly threadHighlightSeq = signal<number | null>(null);
  protected readonly revealMissing = signal(false);

  protected readonly narrow = toSignal(
    inject(BreakpointObserver)
      .observe(NARROW_QUERY)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly myUserId = computed(() => this.auth.user()?.id ?? null);
  protected readonly channelId = computed(() => {
    const group = this.group();
    if (group === null) return null;
    const wanted = this.roomId();
    return wanted !== undefined && group.channels.some((channel) => channel.id === wanted) ? wanted : group.defaultRoomId;
  });
  /** The channel as the group listed it, with its lock and slow mode as the room last announced them. */
  protected readonly channel = computed(() => {
    const listed = this.group()?.channels.find((c) => c.id === this.channelId()) ?? null;
    const live = this.store.room();
    if (listed === null || live?.id !== listed.id) return listed;
    return { ...listed, locked: live.locked, slowModeSeconds: live.slowModeSeconds };
  });
  /** The channel in the address is not one of this group's. */
  protected readonly unknownChannel = computed(() => {
    const group = this.group();
    const wanted = this.roomId();
    return group !== null && wanted !== undefined && !group.channels.some((channel) => channel.id === wanted);
  });
  protected readonly candidates = computed(() => mentionCandidates(this.group()?.members ?? []));
  /** Owners and admins may pin, and moderators (who keep every room in order). */
  protected readonly canPin = computed(() => {
    const role = this.auth.user()?.role;
    return (this.group()?.canManage ?? false) || role === 'moderator' || role === 'admin';
  });
  protected readonly panelToggles = computed((): readonly PanelToggle[] => {
    const group = this.group();
    if (group === null) return [];
    const toggles: PanelToggle[] = [
      { panel: 'search', label: 'groups.search.open' },
      { panel: 'pins', label: 'groups.pins.open' },
      { panel: 'members', label: 'groups.members.open', labelParams: { count: group.members.length } },
    ];
    if (group.canManage) toggles.push({ panel: 'manage', label: 'groups.manage.open' });
    return toggles;
  });
  protected readonly roomProblem = computed(() => roomProblemFor(this.store.errorKind(), this.store.error()));
  protected readonly threadPending = computed(() => {
    const rootId = this.store.threadRootId();
    return rootId === null ? [] : pendingIn(this.store.pending(), rootId);
  });

  private readonly liveRoom = viewChild(StoreLiveRoomComponent);
  /** Where focus was when a panel or drawer opened, to go back to when it closes. */
  private opener: HTMLElement | null = null;
  private loadTicket = 0;

  constructor() {
    effect(() => {
      const id = this.groupId();
      untracked(() => void this.loadGroup(id));
    });
    effect(() => {
      const channelId = this.channelId();
      untracked(() => {
        if (channelId === null) return;
        if (this.store.roomId() !== channelId && this.panel() === 'thread') this.panel.set(null);
        this.store.open(channelId);
        if (this.panel() === 'pins') void this.store.loadPins();
        this.directory.setViewing(channelId);
        this.channelsOpen.set(false);
      });
    });
    // `?message=<seq>`: show that message in context once the channel is open.
    effect(() => {
      const wanted = Number(this.message());
      const ready = this.store.phase() === 'ready';
      const roomId = this.store.roomId();
      untracked(() => {
        if (!ready || roomId === null || !Number.isInteger(wanted) || wanted <= 0) {
          if (this.message() === undefined) this.highlightSeq.set(null);
          return;
        }
        void this.showInContext(roomId, wanted);
      });
    });
    inject(DestroyRef).onDestroy(() => this.directory.setViewing(null));
  }

  // ------------------------------------------------------------ panels and drawers

  protected togglePanel(panel: SidePanel): void {
    if (this.panel() === panel) {
      this.closePanel();
      return;
    }
    this.rememberOpener();
    this.panel.set(panel);
    if (panel === 'pins') void this.store.loadPins();
    this.focusPanelHeading();
  }

  protected closePanel(): void {
    if (this.panel() === null) return;
    if (this.panel() === 'thread') this.store.closeThread();
    this.panel.set(null);
    this.threadHighlightSeq.set(null);
    this.restoreFocus();
  }

  protected openThread(root: Message): void {
    this.rememberOpener();
    void this.store.openThread(root.id);
    this.panel.set('thread');
  }

  protected openChannels(): void {
    // The drawer traps focus while open and gives it back when it closes.
    this.channelsOpen.set(true);
  }

  protected channelsClosed(): void {
    if (!this.channelsOpen()) return;
    this.channelsOpen.set(false);
  }

  // ------------------------------------------------------------ the room

  protected sendInThread({ body, mentions }: ComposedMessage): void {
    const rootId = this.store.threadRootId();
    if (rootId !== null) this.store.send(body, rootId, mentions);
  }

  /** A search hit or a pin was chosen: its channel, with the message in context. */
  protected jumpTo(target: { roomId: Uuid; seq: number }): void {
    if (this.narrow()) this.panel.set(null);
    void this.router.navigate(['/groups', this.groupId(), 'channels', target.roomId], {
      queryParams: { message: target.seq },
    });
  }

  // ------------------------------------------------------------ the group

  protected groupChanged(detail: GroupDetail): void {
    this.group.set(detail);
    this.directory.noteDetail(detail);
  }

  protected async left(): Promise<void> {
    this.directory.forget(this.groupId());
    await this.router.navigateByUrl('/');
  }

  protected async channelCreated(roomId: Uuid): Promise<void> {
    this.panel.set(null);
    await this.loadGroup(this.groupId());
    await this.router.navigate(['/groups', this.groupId(), 'channels', roomId]);
  }

  protected reload(): void {
    void this.loadGroup(this.groupId());
  }

  private async loadGroup(groupId: Uuid): Promise<void> {
    const ticket = ++this.loadTicket;
    this.loadFailure.set(null);
    if (this.group()?.id !== groupId) this.group.set(null);
    try {
      const detail = await this.api.group(groupId);
      if (ticket !== this.loadTicket) return;
      this.groupChanged(detail);
    } catch (error) {
      if (ticket !== this.loadTicket) return;
      const code = errorCodeOf(error);
      // A group id that is not even a UUID is a group that does not exist.
      this.loadFailure.set(code === 'VALIDATION_FAILED' ? { key: 'errors.NOT_FOUND' } : errorMessageFor(error));
    }
  }

  private async showInContext(roomId: Uuid, seq: number): Promise<void> {
    this.revealMissing.set(false);
    const found = await this.store.reveal(seq);
    if (roomId !== this.store.roomId()) return;
    if (found === null) {
      this.revealMissing.set(true);
      return;
    }
    if (found.parentId !== null) {
      // A reply: its thread, with the reply marked there.
      this.rememberOpener();
      this.threadHighlightSeq.set(seq);
      this.panel.set('thread');
      await this.store.openThread(found.parentId);
      this.highlightSeq.set(this.store.threadRoot()?.seq ?? null);
    } else {
      this.highlightSeq.set(seq);
    }
  }

  /** Remembers where focus is, unless a panel is already open (then its opener stays the one to go back to). */
  private rememberOpener(): void {
    if (this.panel() !== null) return;
    const active = document.activeElement;
    this.opener = active instanceof HTMLElement && active !== document.body ? active : null;
  }

  private restoreFocus(): void {
    const opener = this.opener;
    this.opener = null;
    setTimeout(() => {
      if (opener?.isConnected) opener.focus();
      else this.liveRoom()?.focusComposer();
    });
  }

  private focusPanelHeading(): void {
    setTimeout(() => document.querySelector<HTMLElement>('[data-panel-heading]')?.focus());
  }
}
