/** Transforms for request fields: e-mails compared and stored lower-cased, text trimmed. */
import { Transform } from 'class-transformer';

import { canonicalTimeZone } from './time-zone';

export const NormaliseEmail = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value));

export const Trim = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** A valid zone becomes its canonical spelling; anything else is left for the validator to refuse. */
export const CanonicalTimeZone = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? (canonicalTimeZone(value) ?? value) : value));
