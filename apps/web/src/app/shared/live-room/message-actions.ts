/**
 * What the person does to a message (in the live room view, a thread panel or
 * the pins), carried out on the page's LiveRoomStore. Nothing waits for the
 * outcome: a refusal or a network failure becomes the store's action error,
 * which the views show.
 */
import type { Uuid } from '@klasteris/contracts';

import type { LiveRoomStore } from '../../core/live/room/live-room.store';
import type { EditEvent, PinEvent, ReactionChoiceEvent } from './message-list.component';

export interface MessageActions {
  react(event: ReactionChoiceEvent): void;
  edit(event: EditEvent): void;
  remove(messageId: Uuid): void;
  pin(event: PinEvent): void;
}

export function messageActionsOn(store: LiveRoomStore): MessageActions {
  return {
    react: ({ messageId, emoji }) => {
      void store.toggleReaction(messageId, emoji);
    },
    edit: ({ messageId, body }) => {
      void store.edit(messageId, body);
    },
    remove: (messageId) => {
      void store.remove(messageId);
    },
    pin: ({ messageId, pinned }) => {
      void store.pin(messageId, pinned);
    },
  };
}
