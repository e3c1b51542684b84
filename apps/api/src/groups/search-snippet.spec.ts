import { MATCH_END as E, MATCH_START as S, snippetParts } from './search-snippet';

describe('search snippets', () => {
  it('lays the folded headline’s marks over the original text, diacritics and all', () => {
    expect(snippetParts('Aptarėme sveikatą Biržuose', `Aptareme ${S}sveikata${E} Birzuose`)).toEqual([
      { text: 'Aptarėme ', match: false },
      { text: 'sveikatą', match: true },
      { text: ' Biržuose', match: false },
    ]);
  });

  it('marks every match, including one at the very start and end', () => {
    expect(snippetParts('Biržai ir Biržai', `${S}Birzai${E} ir ${S}Birzai${E}`)).toEqual([
      { text: 'Biržai', match: true },
      { text: ' ir ', match: false },
      { text: 'Biržai', match: true },
    ]);
  });

  it('never returns markup: angle brackets stay text', () => {
    expect(snippetParts('<b>sveikata</b>', `<b>${S}sveikata${E}</b>`)).toEqual([
      { text: '<b>', match: false },
      { text: 'sveikata', match: true },
      { text: '</b>', match: false },
    ]);
  });

  it('cuts a long text to a window around the first match, between words, with ellipses', () => {
    const before = 'žodis '.repeat(40);
    const after = ' kitas'.repeat(60);
    const original = `${before}sveikatą${after}`;
    const headline = `${before.replace(/ž/g, 'z')}${S}sveikata${E}${after}`;
    const parts = snippetParts(original, headline, 100);
    expect(parts[0]!.match).toBe(false);
    expect(parts.at(-1)!.match).toBe(false);
    expect(parts.find((part) => part.match)).toEqual({ text: 'sveikatą', match: true });
    const text = parts.map((part) => part.text).join('');
    expect(text.length).toBeLessThanOrEqual(102);
    expect(text).toMatch(/^…žodis /);
    expect(text).toMatch(/ kitas…$/);
  });

  it('falls back to the headline’s own text when it does not line up with the original', () => {
    expect(snippetParts('something else entirely', `a ${S}match${E}`)).toEqual([
      { text: 'a ', match: false },
      { text: 'match', match: true },
    ]);
  });
});
