/**
 * PostgreSQL refuses text it cannot store, such as a NUL character. That is
 * the client's input, not a fault of ours: it answers VALIDATION_FAILED
 * (REST 400, socket ack) instead of INTERNAL, and nothing was written.
 */
import { DomainError } from './domain-error';

/** character_not_in_repertoire (a NUL byte) and untranslatable_character. */
const UNSTORABLE_TEXT_CODES = new Set(['22021', '22P05']);

export function unstorableTextError(error: unknown): DomainError | null {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (typeof code !== 'string' || !UNSTORABLE_TEXT_CODES.has(code)) return null;
  return new DomainError(
    'VALIDATION_FAILED',
    'The text contains a character that cannot be stored, such as a NUL character',
  );
}
