/**
 * Folds text for matching: lower case, no diacritics, so "ŠŪDAS", "šūdas"
 * and "sudas" read alike. The TypeScript twin of the SQL `klasteris_fold`
 * (groups migration), but unlike it free to change the length: ß becomes
 * "ss" and æ "ae", since nothing maps positions back to the original.
 */

/** Latin letters that carry no combining mark to strip, so NFKD leaves them as they are. */
const UNDECOMPOSED: Readonly<Record<string, string>> = {
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ß: 'ss',
  ł: 'l',
  // NFKD turns ŀ into "l·", and the middle dot would split the word.
  ŀ: 'l',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ı: 'i',
  ŧ: 't',
  þ: 'th',
};

const UNDECOMPOSED_PATTERN = new RegExp(`[${Object.keys(UNDECOMPOSED).join('')}]`, 'g');
const COMBINING_MARKS = /\p{M}/gu;

export function foldText(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(UNDECOMPOSED_PATTERN, (letter) => UNDECOMPOSED[letter] ?? letter)
      // Compatibility forms too (ligatures, full-width letters), so they do not slip past the filter.
      .normalize('NFKD')
      .replace(COMBINING_MARKS, '')
  );
}
