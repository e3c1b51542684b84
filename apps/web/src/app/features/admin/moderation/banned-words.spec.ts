import { BANNED_WORDS_MAX_ENTRIES, parseWords, wordsProblem, wordsText } from './banned-words';

describe('parseWords', () => {
  it('takes one entry a line, trimmed, without blank lines', () => {
    expect(parseWords('  kvailys \n\n idiot\r\n   \nbad  word ')).toEqual(['kvailys', 'idiot', 'bad word']);
  });

  it('keeps the first of entries that differ only in case', () => {
    expect(parseWords('Kvailys\nkvailys\nKVAILYS\nidiotas')).toEqual(['Kvailys', 'idiotas']);
  });

  it('keeps Lithuanian letters as typed', () => {
    expect(parseWords('šūdas\nŠŪDAS\nsudas')).toEqual(['šūdas', 'sudas']);
  });

  it('gives nothing for an empty text', () => {
    expect(parseWords('')).toEqual([]);
    expect(parseWords('\n \n')).toEqual([]);
  });

  it('round-trips with wordsText', () => {
    const words = ['vienas', 'du žodžiai', 'trys'];
    expect(parseWords(wordsText(words))).toEqual(words);
  });
});

describe('wordsProblem', () => {
  it('accepts a normal list', () => {
    expect(wordsProblem(['vienas', 'du'])).toBeNull();
  });

  it('refuses an empty list', () => {
    expect(wordsProblem([])).toEqual({ kind: 'empty' });
  });

  it('refuses more entries than the API keeps', () => {
    const words = Array.from({ length: BANNED_WORDS_MAX_ENTRIES + 1 }, (_, index) => `w${index}`);
    expect(wordsProblem(words)).toEqual({ kind: 'tooMany' });
  });

  it('names the first entry that is too long, counting characters not bytes', () => {
    expect(wordsProblem(['ž'.repeat(100)])).toBeNull();
    expect(wordsProblem(['ok', 'x'.repeat(101), 'y'.repeat(200)])).toEqual({ kind: 'tooLong', word: 'x'.repeat(101) });
  });
});
