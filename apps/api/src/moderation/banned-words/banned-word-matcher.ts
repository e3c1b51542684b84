/**
 * The banned-word lists compiled for one in-memory check per message:
 * single-word entries go into a set of folded words, looked up once per word
 * of the message; the rest (several words, or with punctuation inside) into
 * one regular expression per mode over the folded text. A message's words
 * are runs of letters and digits, so "sudas" does not match "sudasai".
 */
import type { BannedWordMode } from '@klasteris/contracts';

import { foldText } from './fold-text';

export interface ScreenedList {
  name: string;
  mode: BannedWordMode;
  words: readonly string[];
}

export interface BannedWordHit {
  mode: BannedWordMode;
  listName: string;
  /** The entry as the list spells it. */
  word: string;
}

const WORD = /[\p{L}\p{N}]+/gu;
const SINGLE_WORD = /^[\p{L}\p{N}]+$/u;
const REGEX_SYNTAX = /[\\^$.*+?()[\]{}|/]/g;
// Refuse is checked first: when both kinds match, the message is refused, not held.
const MODES_BY_PRECEDENCE: readonly BannedWordMode[] = ['refuse', 'hold'];

/** An entry's folded form with its words separated by one space: the key both the entry and a matched text reduce to. */
export const entryKey = (text: string): string => foldText(text).trim().split(/\s+/u).join(' ');

class ModeMatcher {
  private readonly words = new Map<string, BannedWordHit>();
  private readonly phrases = new Map<string, BannedWordHit>();
  private phrasePattern: RegExp | null = null;

  add(key: string, hit: BannedWordHit): void {
    const target = SINGLE_WORD.test(key) ? this.words : this.phrases;
    // The first list to name an entry is the one reported.
    if (!target.has(key)) target.set(key, hit);
  }

  compile(): void {
    if (this.phrases.size === 0) return;
    const alternatives = [...this.phrases.keys()]
      // Longest first, so a longer phrase wins over a shorter one starting at the same place.
      .sort((a, b) => b.length - a.length)
      .map((key) =>
        key
          .split(' ')
          .map((part) => part.replace(REGEX_SYNTAX, '\\$&'))
          .join('\\s+'),
      );
    this.phrasePattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'u');
  }

  find(folded: string, words: readonly string[]): BannedWordHit | null {
    for (const word of words) {
      const hit = this.words.get(word);
      if (hit) return hit;
    }
    const found = this.phrasePattern?.exec(folded);
    return found ? (this.phrases.get(found[0].split(/\s+/u).join(' ')) ?? null) : null;
  }
}

export class BannedWordMatcher {
  private constructor(private readonly byMode: ReadonlyMap<BannedWordMode, ModeMatcher>) {}

  static compile(lists: readonly ScreenedList[]): BannedWordMatcher {
    const byMode = new Map<BannedWordMode, ModeMatcher>(MODES_BY_PRECEDENCE.map((mode) => [mode, new ModeMatcher()]));
    for (const list of lists) {
      const matcher = byMode.get(list.mode);
      if (!matcher) continue;
      for (const word of list.words) {
        const key = entryKey(word);
        if (key) matcher.add(key, { mode: list.mode, listName: list.name, word });
      }
    }
    for (const matcher of byMode.values()) matcher.compile();
    return new BannedWordMatcher(byMode);
  }

  /** The first banned entry in the text, a refusing list's before a holding one's; null when none. */
  match(text: string): BannedWordHit | null {
    const folded = foldText(text);
    const words = folded.match(WORD) ?? [];
    for (const mode of MODES_BY_PRECEDENCE) {
      const hit = this.byMode.get(mode)?.find(folded, words);
      if (hit) return hit;
    }
    return null;
  }
}
