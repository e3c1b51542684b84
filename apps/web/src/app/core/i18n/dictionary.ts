/** Pure helpers for translation dictionaries; no Angular here, so Jest runs them in Node. */

/** A nested dictionary as stored in `public/i18n/*.json`. */
export interface NestedDictionary {
  [key: string]: string | NestedDictionary;
}

/** Dotted keys to texts: `{ "app": { "name": "Klasteris" } }` becomes `{ "app.name": "Klasteris" }`. */
export type FlatDictionary = Readonly<Record<string, string>>;

export function flattenDictionary(nested: NestedDictionary, prefix = ''): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [key, value] of Object.entries(nested)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'string') flat[path] = value;
    else Object.assign(flat, flattenDictionary(value, path));
  }
  return flat;
}

/** Replaces `{name}` placeholders; a placeholder with no value is left as written, so the gap is visible. */
export function interpolate(text: string, params?: Readonly<Record<string, string | number>>): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    return value === undefined ? placeholder : String(value);
  });
}

export function isNestedDictionary(value: unknown): value is NestedDictionary {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every((entry) => typeof entry === 'string' || isNestedDictionary(entry));
}
