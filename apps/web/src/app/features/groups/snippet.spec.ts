import { snippetSegments, snippetText } from './snippet';

describe('search snippets', () => {
  it('joins neighbouring parts of a kind and drops empty ones', () => {
    expect(
      snippetSegments([
        { text: '… apie ', match: false },
        { text: '', match: true },
        { text: 'sveikatą', match: true },
        { text: ' ir ', match: false },
        { text: 'gerovę', match: false },
      ]),
    ).toEqual([
      { text: '… apie ', match: false },
      { text: 'sveikatą', match: true },
      { text: ' ir gerovę', match: false },
    ]);
  });

  it('keeps markup as plain text, to be rendered as text', () => {
    const parts = [{ text: '<img src=x onerror=alert(1)>', match: true }];
    expect(snippetSegments(parts)).toEqual(parts);
    expect(snippetText([{ text: ' Biržai\n', match: true }, { text: ' rajone ', match: false }])).toBe('Biržai rajone');
  });

  it('does not change the parts it was given', () => {
    const parts = [
      { text: 'a', match: false },
      { text: 'b', match: false },
    ];
    snippetSegments(parts);
    expect(parts[0]).toEqual({ text: 'a', match: false });
  });
});
