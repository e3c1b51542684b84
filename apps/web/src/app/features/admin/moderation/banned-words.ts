/**
 * The words of a banned-word list as typed in a textarea, one entry a line,
 * and back. Pure. The API folds case and diacritics itself; here blanks and
 * exact repeats (ignoring case) are dropped so the count shown is honest.
 */

/** As the API allows (SaveBannedWordListRequest). */
export const BANNED_WORDS_MAX_ENTRIES = 2000;
export const BANNED_WORD_MAX_LENGTH = 100;

export function parseWords(text: string): string[] {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const word = line.trim().replace(/\s+/g, ' ');
    const folded = word.toLocaleLowerCase();
    if (word === '' || seen.has(folded)) continue;
    seen.add(folded);
    words.push(word);
  }
  return words;
}

export function wordsText(words: readonly string[]): string {
  return words.join('\n');
}

export type WordsProblem = { kind: 'empty' } | { kind: 'tooMany' } | { kind: 'tooLong'; word: string };

/** What is wrong with the entries, if anything: none, too many, or one too long (the first such). */
export function wordsProblem(words: readonly string[]): WordsProblem | null {
  if (words.length === 0) return { kind: 'empty' };
  if (words.length > BANNED_WORDS_MAX_ENTRIES) return { kind: 'tooMany' };
  const long = words.find((word) => [...word].length > BANNED_WORD_MAX_LENGTH);
  return long === undefined ? null : { kind: 'tooLong', word: long };
}
