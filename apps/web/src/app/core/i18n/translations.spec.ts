/**
 * The two dictionaries agree, say something, and cover every key the code
 * and templates use (strict templates check literal keys at build time too;
 * this also catches keys in places the compiler does not see).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { ERROR_CODES, LOCALES } from '@klasteris/contracts';

import { flattenDictionary, isNestedDictionary } from './dictionary';

const webRoot = path.resolve(__dirname, '../../../..');
const appRoot = path.join(webRoot, 'src/app');

function load(locale: string): Record<string, string> {
  const raw: unknown = JSON.parse(readFileSync(path.join(webRoot, 'public/i18n', `${locale}.json`), 'utf8'));
  if (!isNestedDictionary(raw)) throw new Error(`${locale}.json must hold only objects and strings`);
  return flattenDictionary(raw);
}

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|html)$/.test(entry.name) && !entry.name.endsWith('.spec.ts') ? [full] : [];
  });
}

const dictionaries = Object.fromEntries(LOCALES.map((locale) => [locale, load(locale)]));
const english = dictionaries['en'];
const namespaces = new Set(Object.keys(english).map((key) => key.split('.')[0]));

/** Every quoted string in the sources that looks like a key of one of the dictionaries' namespaces. */
function keysUsedInSources(): Map<string, string> {
  const used = new Map<string, string>();
  const literal = /(['"`])([a-zA-Z][a-zA-Z0-9]*(?:\.[a-zA-Z0-9_]+)+)\1/g;
  for (const file of sourceFiles(appRoot)) {
    for (const match of readFileSync(file, 'utf8').matchAll(literal)) {
      const candidate = match[2];
      if (namespaces.has(candidate.split('.')[0]) && !/\.(ts|html|scss|json)$/.test(candidate)) {
        used.set(candidate, path.relative(webRoot, file));
      }
    }
  }
  return used;
}

describe('translations', () => {
  it.each(LOCALES)('%s.json has exactly the keys of en.json', (locale) => {
    expect(Object.keys(dictionaries[locale]).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(LOCALES)('every %s text is a non-empty string', (locale) => {
    const empty = Object.entries(dictionaries[locale]).filter(
      ([, text]) => typeof text !== 'string' || text.trim() === '',
    );
    expect(empty).toEqual([]);
  });

  it.each(LOCALES)('%s texts use the same {placeholders} as English', (locale) => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const different = Object.keys(english).filter(
      (key) => placeholders(english[key]).join() !== placeholders(dictionaries[locale][key]).join(),
    );
    expect(different).toEqual([]);
  });

  it('has a message for every error code of the contract', () => {
    for (const locale of LOCALES) {
      const missing = ERROR_CODES.filter((code) => dictionaries[locale][`errors.${code}`] === undefined);
      expect({ locale, missing }).toEqual({ locale, missing: [] });
    }
  });

  it('defines every key used in templates and TypeScript, in both languages', () => {
    const used = keysUsedInSources();
    expect(used.size).toBeGreaterThan(40);
    for (const locale of LOCALES) {
      const missing = [...used]
        .filter(([key]) => dictionaries[locale][key] === undefined)
        .map(([key, file]) => `${key} (${file})`);
      expect({ locale, missing }).toEqual({ locale, missing: [] });
    }
  });
});
