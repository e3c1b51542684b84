import {
  activeMentionQuery,
  bodySegments,
  filterCandidates,
  foldText,
  insertMention,
  type MentionCandidate,
  mentionedIds,
} from './mentions';

const rasa: MentionCandidate = { id: 'rasa', displayName: 'Rasa Jonaitienė' };
const tomas: MentionCandidate = { id: 'tomas', displayName: 'Tomas Kazlauskas' };
const mantas: MentionCandidate = { id: 'mantas', displayName: 'Mantas Žukauskas' };
const ona: MentionCandidate = { id: 'ona', displayName: 'Ona' };
const members = [rasa, tomas, mantas, ona];

describe('the @query at the caret', () => {
  it('starts at an "@" at the start of the text or after a space, and runs to the caret', () => {
    expect(activeMentionQuery('@', 1)).toEqual({ start: 0, query: '' });
    expect(activeMentionQuery('Labas @To', 9)).toEqual({ start: 6, query: 'To' });
    expect(activeMentionQuery('Labas @Tomas Ka', 15)).toEqual({ start: 6, query: 'Tomas Ka' });
    expect(activeMentionQuery('(@ra', 4)).toEqual({ start: 1, query: 'ra' });
  });

  it('is not an e-mail address, a line already ended, or text after a space straight away', () => {
    expect(activeMentionQuery('rasa@utena.lt', 13)).toBeNull();
    expect(activeMentionQuery('@To\nkitas', 9)).toBeNull();
    expect(activeMentionQuery('@ tomas', 7)).toBeNull();
    expect(activeMentionQuery('no mention here', 15)).toBeNull();
  });

  it('looks only before the caret', () => {
    expect(activeMentionQuery('@To and more', 3)).toEqual({ start: 0, query: 'To' });
    expect(activeMentionQuery('text @To', 4)).toBeNull();
  });
});

describe('matching group members', () => {
  it('ignores case and Lithuanian diacritics', () => {
    expect(foldText('Žukauskas Ąžuolė')).toBe('zukauskas azuole');
    expect(filterCandidates(members, 'zuk').map((c) => c.id)).toEqual(['mantas']);
    expect(filterCandidates(members, 'JONAITIENE').map((c) => c.id)).toEqual(['rasa']);
  });

  it('puts whole-name prefixes before word prefixes and leaves out the writer', () => {
    expect(filterCandidates(members, '', 'rasa').map((c) => c.id)).toEqual(['mantas', 'ona', 'tomas']);
    const kas = [tomas, { id: 'k', displayName: 'Kasparas Petraitis' }];
    expect(filterCandidates(kas, 'kas').map((c) => c.id)).toEqual(['k']);
    expect(filterCandidates(members, 'Tomas K').map((c) => c.id)).toEqual(['tomas']);
    expect(filterCandidates(members, 'xyz')).toEqual([]);
  });

  it('offers at most the limit', () => {
    const many = Array.from({ length: 20 }, (_, i) => ({ id: `p${i}`, displayName: `Petras ${i}` }));
    expect(filterCandidates(many, 'pe', null, 8)).toHaveLength(8);
  });
});

describe('choosing a member', () => {
  it('replaces the @query with "@Display Name " and puts the caret after it', () => {
    const text = 'Labas @tom, kaip sekasi?';
    const query = activeMentionQuery(text, 10)!;
    expect(insertMention(text, query, 10, tomas)).toEqual({
      text: 'Labas @Tomas Kazlauskas , kaip sekasi?',
      caret: 24,
    });
    expect(insertMention('@', { start: 0, query: '' }, 1, rasa)).toEqual({ text: '@Rasa Jonaitienė ', caret: 17 });
    // A space already after the caret is not doubled.
    expect(insertMention('@ra tekstas', { start: 0, query: 'ra' }, 3, rasa).text).toBe('@Rasa Jonaitienė tekstas');
  });

  it('records only the chosen people still mentioned when sending, each once', () => {
    const chosen = [tomas, rasa, tomas];
    expect(mentionedIds('@Tomas Kazlauskas ir @Rasa Jonaitienė', chosen)).toEqual(['tomas', 'rasa']);
    expect(mentionedIds('@Tomas Kazlauskas, ačiū', chosen)).toEqual(['tomas']);
    expect(mentionedIds('ištrinta', chosen)).toEqual([]);
    // "@Ona" inside "@Onalė" is someone else.
    expect(mentionedIds('@Onalė', [ona])).toEqual([]);
  });
});

describe('showing mentions in a body', () => {
  it('splits the body into text and mentions, marking mine', () => {
    const mentions = [
      { id: 'tomas', displayName: 'Tomas Kazlauskas' },
      { id: 'rasa', displayName: 'Rasa Jonaitienė' },
    ];
    expect(bodySegments('Ačiū, @Tomas Kazlauskas! Ir @Rasa Jonaitienė.', mentions, 'rasa')).toEqual([
      { text: 'Ačiū, ', mentionId: null, me: false },
      { text: '@Tomas Kazlauskas', mentionId: 'tomas', me: false },
      { text: '! Ir ', mentionId: null, me: false },
      { text: '@Rasa Jonaitienė', mentionId: 'rasa', me: true },
      { text: '.', mentionId: null, me: false },
    ]);
  });

  it('matches the longest name and leaves unrecorded "@words" as text', () => {
    const mentions = [
      { id: 'ona', displayName: 'Ona' },
      { id: 'onap', displayName: 'Ona Petraitė' },
    ];
    expect(bodySegments('@Ona Petraitė ir @Ona, bet ne @Jonas', mentions, null)).toEqual([
      { text: '@Ona Petraitė', mentionId: 'onap', me: false },
      { text: ' ir ', mentionId: null, me: false },
      { text: '@Ona', mentionId: 'ona', me: false },
      { text: ', bet ne @Jonas', mentionId: null, me: false },
    ]);
    expect(bodySegments('plain', [], null)).toEqual([{ text: 'plain', mentionId: null, me: false }]);
  });
});
