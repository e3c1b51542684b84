import { normaliseWords } from '../moderation/banned-words/normalise-words';
import { DEMO_BANNED_WORD_LISTS } from './demo-banned-words';

describe('the demo banned-word lists', () => {
  it('has one list per language, holding matches for review, stored as the admin page would save them', () => {
    expect(DEMO_BANNED_WORD_LISTS.map((list) => list.language).sort()).toEqual(['en', 'lt']);
    for (const list of DEMO_BANNED_WORD_LISTS) {
      expect(list.mode).toBe('hold');
      expect(list.words.length).toBeGreaterThan(0);
      expect(normaliseWords(list.words)).toEqual(list.words);
    }
  });
});
