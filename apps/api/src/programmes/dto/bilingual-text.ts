/**
 * `@BilingualText(maxLength)`: a `{lt?, en?}` request field. Each language
 * is trimmed and may be left out or empty while it is not written yet, but
 * not both; nothing else may be in the object. The handler receives a full
 * `{lt, en}` with `''` for a missing language.
 */
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { LocalizedText } from '@klasteris/contracts';
import { Transform } from 'class-transformer';
import { registerDecorator } from 'class-validator';

const KEYS = new Set(['lt', 'en']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `{lt?, en?}` with string values becomes a trimmed `{lt, en}`; anything else is left for the validator. */
export function normaliseBilingual(value: unknown): unknown {
  if (!isPlainObject(value) || !Object.keys(value).every((key) => KEYS.has(key))) return value;
  const { lt = '', en = '' } = value;
  if (typeof lt !== 'string' || typeof en !== 'string') return value;
  return { lt: lt.trim(), en: en.trim() } satisfies LocalizedText;
}

export function bilingualProblem(value: unknown, maxLength: number): string | null {
  if (!isPlainObject(value) || !Object.keys(value).every((key) => KEYS.has(key))) {
    return 'must be an object {lt, en} with Lithuanian and English text';
  }
  const { lt, en } = value;
  if (typeof lt !== 'string' || typeof en !== 'string') return 'must have text (strings) for lt and en';
  if (lt === '' && en === '') return 'must be written in at least one language';
  if (lt.length > maxLength || en.length > maxLength) return `must be at most ${maxLength} characters per language`;
  return null;
}

export function BilingualText(maxLength: number, options: { required?: boolean } = {}): PropertyDecorator {
  return applyDecorators(
    ((options.required ?? true) ? ApiProperty : ApiPropertyOptional)({
      type: 'object',
      properties: { lt: { type: 'string' }, en: { type: 'string' } },
      description: `{lt, en}; a language may be left empty while not yet translated (at most ${maxLength} characters each)`,
      example: { lt: 'Socialinė partnerystė', en: 'Social partnership' },
    }),
    Transform(({ value }: { value: unknown }) => normaliseBilingual(value)),
    (target: object, propertyName: string | symbol) =>
      registerDecorator({
        name: 'bilingualText',
        target: target.constructor,
        propertyName: String(propertyName),
        options: {
          message: ({ property, value }) => `${property} ${bilingualProblem(value, maxLength) ?? 'is not valid'}`,
        },
        validator: { validate: (value: unknown) => bilingualProblem(value, maxLength) === null },
      }),
  );
}
