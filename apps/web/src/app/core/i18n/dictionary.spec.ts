import { flattenDictionary, interpolate, isNestedDictionary } from './dictionary';

describe('dictionary helpers', () => {
  it('flattens nested dictionaries into dotted keys', () => {
    expect(flattenDictionary({ home: { title: 'Home', groups: { heading: 'Groups' } }, app: { name: 'K' } })).toEqual({
      'home.title': 'Home',
      'home.groups.heading': 'Groups',
      'app.name': 'K',
    });
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('Welcome, {name}', { name: 'Rasa' })).toBe('Welcome, Rasa');
    expect(interpolate('At least {min} characters', { min: 10 })).toBe('At least 10 characters');
    expect(interpolate('Hello {who}', {})).toBe('Hello {who}');
    expect(interpolate('No params')).toBe('No params');
  });

  it('recognises dictionaries and refuses anything else', () => {
    expect(isNestedDictionary({ a: 'x', b: { c: 'y' } })).toBe(true);
    expect(isNestedDictionary({ a: 1 })).toBe(false);
    expect(isNestedDictionary(['a'])).toBe(false);
    expect(isNestedDictionary(null)).toBe(false);
  });
});
