import { normaliseWords } from './normalise-words';

describe('normaliseWords', () => {
  it('drops blanks and entries that fold to one already kept, keeping the first spelling', () => {
    expect(normaliseWords(['Šūdas', '  ', 'sudas', 'SUDAS', '', ' idiot ', 'Idiot'])).toEqual(['Šūdas', 'idiot']);
  });

  it('writes the words of an entry with one space between', () => {
    expect(normaliseWords(['shut \t up', 'shut up'])).toEqual(['shut up']);
  });
});
