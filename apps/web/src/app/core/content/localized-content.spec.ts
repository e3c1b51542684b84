import type { ProgrammeDetail, RenderedText } from '@klasteris/contracts';

import {
  anyFallback,
  missingInInput,
  missingTranslations,
  plainText,
  progressLabel,
  shownText,
  toLocalizedInput,
} from './localized-content';

function rendered(lt: string, en: string): RenderedText {
  const missing = (['lt', 'en'] as const).filter((locale) => ({ lt, en })[locale] === '' && (lt || en));
  return {
    lt,
    en,
    html: { lt: `<p>${lt || en}</p>`, en: `<p>${en || lt}</p>` },
    missing: [...missing],
  };
}

describe('choosing the text for a reader', () => {
  it('shows the reader’s language when it is written', () => {
    expect(shownText(rendered('Labas', 'Hello'), 'lt')).toEqual({
      html: '<p>Labas</p>',
      plain: 'Labas',
      lang: 'lt',
      fallback: false,
    });
  });

  it('shows the other language, marked as a fallback in that language, when the reader’s is missing', () => {
    expect(shownText(rendered('Labas', ''), 'en')).toEqual({
      html: '<p>Labas</p>',
      plain: 'Labas',
      lang: 'lt',
      fallback: true,
    });
    expect(anyFallback('en', rendered('A', 'A'), rendered('B', ''))).toBe(true);
    expect(anyFallback('lt', rendered('A', 'A'), rendered('B', ''))).toBe(false);
  });

  it('treats whitespace as not written', () => {
    expect(plainText({ lt: '  ', en: 'Partnership' }, 'lt')).toBe('Partnership');
    expect(plainText({ lt: 'Partnerystė', en: 'Partnership' }, 'lt')).toBe('Partnerystė');
  });
});

describe('progress labels', () => {
  it('says how far the learner is', () => {
    expect(progressLabel({ completedModules: 0, totalModules: 5, percent: 0 }).key).toBe(
      'programmes.progress.notStarted',
    );
    expect(progressLabel({ completedModules: 2, totalModules: 5, percent: 40 })).toEqual({
      key: 'programmes.progress.some',
      params: { done: 2, total: 5, percent: 40 },
    });
    expect(progressLabel({ completedModules: 5, totalModules: 5, percent: 100 }).key).toBe(
      'programmes.progress.complete',
    );
    expect(progressLabel({ completedModules: 0, totalModules: 0, percent: 0 }).key).toBe(
      'programmes.progress.noModules',
    );
  });
});

describe('what a lecturer still has to translate', () => {
  it('lists the programme, its modules and their assignments that lack a language, in order', () => {
    const programme = {
      id: 'p',
      title: rendered('Programa', ''),
      missingTranslations: ['en'],
      modules: [
        {
          id: 'm2',
          position: 2,
          title: rendered('', 'Second'),
          missingTranslations: ['lt'],
          assignments: [],
        },
        {
          id: 'm1',
          position: 1,
          title: rendered('Pirmas', 'First'),
          missingTranslations: [],
          assignments: [{ id: 'a1', title: rendered('Užduotis', ''), missingTranslations: ['en'] }],
        },
      ],
    } as unknown as ProgrammeDetail;
    expect(missingTranslations(programme, 'en')).toEqual([
      { kind: 'programme', id: 'p', title: 'Programa', missing: ['en'], link: null },
      { kind: 'assignment', id: 'a1', title: 'Užduotis', missing: ['en'], link: ['/assignments', 'a1'] },
      { kind: 'module', id: 'm2', title: 'Second', missing: ['lt'], link: ['/programmes', 'p', 'modules', 'm2'] },
    ]);
  });
});

describe('bilingual form input', () => {
  it('says which language is missing, or that both are', () => {
    expect(missingInInput({ lt: 'Tekstas', en: '' })).toEqual(['en']);
    expect(missingInInput({ lt: ' ', en: 'Text' })).toEqual(['lt']);
    expect(missingInInput({ lt: 'Tekstas', en: 'Text' })).toEqual([]);
    expect(missingInInput({ lt: '', en: ' ' })).toBe('both');
  });

  it('sends trimmed text and leaves empty languages out', () => {
    expect(toLocalizedInput({ lt: ' Tekstas ', en: '  ' })).toEqual({ lt: 'Tekstas' });
  });
});
