/** The small fixed set of reactions offered in rooms, each with a spoken name. */
import type { TranslationKey } from '../../core/i18n/translation-key';

export interface ReactionChoice {
  emoji: string;
  name: TranslationKey;
}

export const REACTION_CHOICES: readonly ReactionChoice[] = [
  { emoji: '👍', name: 'room.reactions.thumbsUp' },
  { emoji: '❤️', name: 'room.reactions.heart' },
  { emoji: '😄', name: 'room.reactions.smile' },
  { emoji: '🎉', name: 'room.reactions.party' },
  { emoji: '🤔', name: 'room.reactions.thinking' },
  { emoji: '🙏', name: 'room.reactions.thanks' },
];

export function reactionName(emoji: string): TranslationKey | null {
  return REACTION_CHOICES.find((choice) => choice.emoji === emoji)?.name ?? null;
}
