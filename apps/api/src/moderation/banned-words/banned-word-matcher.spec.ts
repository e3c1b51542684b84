import { BannedWordMatcher } from './banned-word-matcher';

const lithuanian = { name: 'Keiksmai', mode: 'hold' as const, words: ['Šūdas', 'kvaila karvė'] };
const english = { name: 'Insults', mode: 'refuse' as const, words: ['idiot', 'shut up', 'f-word'] };

describe('BannedWordMatcher', () => {
  const matcher = BannedWordMatcher.compile([lithuanian, english]);

  it('catches an entry written with diacritics whatever the case and diacritics of the message', () => {
    for (const text of ['ŠŪDAS', 'sudas', 'Sudas!', 'koks šūdas čia', 'tai (SUDAS).']) {
      expect(matcher.match(text)).toEqual({ mode: 'hold', listName: 'Keiksmai', word: 'Šūdas' });
    }
  });

  it('matches whole words only', () => {
    expect(matcher.match('sudasai')).toBeNull();
    expect(matcher.match('nesudas')).toBeNull();
    expect(matcher.match('idiotic idiots')).toBeNull();
  });

  it('matches an entry of several words as a phrase with any whitespace between', () => {
    expect(matcher.match('KVAILA\n  KARVE')).toEqual({ mode: 'hold', listName: 'Keiksmai', word: 'kvaila karvė' });
    expect(matcher.match('oh Shut   Up!')).toMatchObject({ mode: 'refuse', word: 'shut up' });
    expect(matcher.match('kvaila didelė karvė')).toBeNull();
    expect(matcher.match('shutup')).toBeNull();
    expect(matcher.match('say the F-WORD')).toMatchObject({ word: 'f-word' });
    expect(matcher.match('f-words')).toBeNull();
  });

  it('applies every list to every message, whatever its language', () => {
    expect(matcher.match('Tu idiot')).toMatchObject({ listName: 'Insults' });
    expect(matcher.match('What a šūdas')).toMatchObject({ listName: 'Keiksmai' });
  });

  it('refuses rather than holds when both kinds of list match', () => {
    expect(matcher.match('sudas, idiot')).toEqual({ mode: 'refuse', listName: 'Insults', word: 'idiot' });
  });

  it('lets clean text through, and matches nothing without lists', () => {
    expect(matcher.match('Sveiki, kaip sekasi?')).toBeNull();
    expect(BannedWordMatcher.compile([]).match('šūdas')).toBeNull();
  });

  it('takes entries with regular-expression characters literally', () => {
    const literal = BannedWordMatcher.compile([{ name: 'Odd', mode: 'refuse', words: ['a.b (c)', 'x+'] }]);
    expect(literal.match('a.b (c)')).toMatchObject({ word: 'a.b (c)' });
    expect(literal.match('axb (c)')).toBeNull();
    expect(literal.match('x+ y')).toMatchObject({ word: 'x+' });
  });

  it('folds Norwegian letters in entries and messages alike', () => {
    const norwegian = BannedWordMatcher.compile([{ name: 'NO', mode: 'hold', words: ['dåse'] }]);
    expect(norwegian.match('DASE')).toMatchObject({ word: 'dåse' });
  });
});
