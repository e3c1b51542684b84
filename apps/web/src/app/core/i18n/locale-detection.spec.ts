import { pickInitialLocale } from './locale-detection';

describe('pickInitialLocale', () => {
  it("prefers the signed-in person's locale over everything else", () => {
    expect(pickInitialLocale({ userLocale: 'en', savedLocale: 'lt', browserLanguages: ['lt-LT'] })).toBe('en');
    expect(pickInitialLocale({ userLocale: 'lt', savedLocale: 'en', browserLanguages: ['en-GB'] })).toBe('lt');
  });

  it('then the choice saved in this browser', () => {
    expect(pickInitialLocale({ userLocale: null, savedLocale: 'lt', browserLanguages: ['en-US'] })).toBe('lt');
    expect(pickInitialLocale({ userLocale: null, savedLocale: 'en', browserLanguages: ['lt'] })).toBe('en');
  });

  it('ignores a saved value that is not a supported locale', () => {
    expect(pickInitialLocale({ userLocale: null, savedLocale: 'de', browserLanguages: ['lt-LT'] })).toBe('lt');
  });

  it("then the browser's preferred language when it is Lithuanian", () => {
    expect(pickInitialLocale({ userLocale: null, savedLocale: null, browserLanguages: ['lt-LT', 'en'] })).toBe('lt');
    expect(pickInitialLocale({ userLocale: null, savedLocale: null, browserLanguages: ['LT'] })).toBe('lt');
  });

  it('otherwise English', () => {
    expect(pickInitialLocale({ userLocale: null, savedLocale: null, browserLanguages: ['nb-NO', 'lt'] })).toBe('en');
    expect(pickInitialLocale({ userLocale: null, savedLocale: null, browserLanguages: [] })).toBe('en');
    expect(pickInitialLocale({ userLocale: null, savedLocale: null, browserLanguages: ['lv-LV'] })).toBe('en');
  });
});
