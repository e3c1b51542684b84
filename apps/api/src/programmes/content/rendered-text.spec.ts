import { missingLanguages, missingTranslations, renderText, withFallback } from './rendered-text';

describe('bilingual content', () => {
  it('renders both languages and reports nothing missing', () => {
    const text = renderText({ lt: 'Sveiki', en: 'Hello' }, 'block');
    expect(text).toEqual({ lt: 'Sveiki', en: 'Hello', html: { lt: '<p>Sveiki</p>', en: '<p>Hello</p>' }, missing: [] });
  });

  it('falls back to the other language and says which one is missing', () => {
    const text = renderText({ lt: 'Tik lietuviškai', en: '  ' }, 'inline');
    expect(text.missing).toEqual(['en']);
    expect(text.html).toEqual({ lt: 'Tik lietuviškai', en: 'Tik lietuviškai' });
    expect(text.en).toBe('  ');
    expect(withFallback({ lt: '', en: 'Only English' }, 'lt')).toBe('Only English');
  });

  it('collects the missing languages of several texts', () => {
    expect(missingLanguages({ lt: '', en: '' })).toEqual([]);
    expect(missingTranslations({ lt: 'a', en: 'b' }, { lt: 'c', en: '' })).toEqual(['en']);
    expect(missingTranslations({ lt: '', en: 'b' }, { lt: 'c', en: '' }, { lt: '', en: '' })).toEqual(['lt', 'en']);
    expect(missingTranslations({ lt: 'a', en: 'b' }, { lt: '', en: '' })).toEqual([]);
  });
});
