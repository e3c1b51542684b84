/** Recognises PostgreSQL's unique-violation error (23505) for a named constraint or index. */
import { QueryFailedError } from 'typeorm';

export function isUniqueViolation(error: unknown, constraint: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: unknown; constraint?: unknown };
  return driverError.code === '23505' && driverError.constraint === constraint;
}
