/**
 * A list's entries as stored: trimmed, inner whitespace as one space, blanks
 * dropped, and of entries that fold to the same thing ("Šūdas", "sudas")
 * only the first kept.
 */
import { entryKey } from './banned-word-matcher';

export function normaliseWords(words: readonly string[]): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const word of words) {
    const tidy = word.trim().split(/\s+/u).join(' ');
    const key = entryKey(tidy);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    kept.push(tidy);
  }
  return kept;
}
