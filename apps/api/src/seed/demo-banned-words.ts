/**
 * The demo's banned-word lists, one per language, both holding matches for
 * review so the moderation queue has something to show. Mild examples only:
 * admins write the real lists.
 */
import type { BannedWordMode, Locale } from '@klasteris/contracts';
import type { EntityManager } from 'typeorm';

export const DEMO_BANNED_WORD_LISTS: readonly {
  name: string;
  language: Locale;
  mode: BannedWordMode;
  words: string[];
}[] = [
  { name: 'Įžeidūs žodžiai', language: 'lt', mode: 'hold', words: ['šūdas', 'durnius', 'kvaila karvė'] },
  { name: 'Offensive words', language: 'en', mode: 'hold', words: ['crap', 'idiot', 'shut up'] },
];

export async function insertDemoBannedWords(manager: EntityManager): Promise<void> {
  for (const list of DEMO_BANNED_WORD_LISTS) {
    await manager.query(`INSERT INTO banned_word_lists (name, language, mode, words) VALUES ($1, $2, $3, $4)`, [
      list.name,
      list.language,
      list.mode,
      list.words,
    ]);
  }
}
