/**
 * IANA time-zone names ("Europe/Vilnius"), checked against the zones this
 * Node.js knows, and stored in their canonical spelling.
 */
import { registerDecorator, ValidationOptions } from 'class-validator';

const IANA_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+){0,2}$/;

/** The canonical name of a valid IANA zone, or null. Offsets like "+02:00" are not zones. */
export function canonicalTimeZone(value: string): string | null {
  if (!IANA_NAME.test(value) || value.length > 64) return null;
  try {
    return new Intl.DateTimeFormat('en-GB', { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

export function IsTimeZone(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isTimeZone',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: `${String(propertyName)} must be an IANA time zone such as Europe/Vilnius`, ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && canonicalTimeZone(value) !== null },
    });
}
