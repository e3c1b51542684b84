/**
 * Which fields of a form the server refused, from the `details` of a
 * VALIDATION_FAILED answer, so each form can say what is wrong next to the
 * field itself. A nested name (`title.lt`) counts for its field (`title`).
 */
import { isApiErrorBody } from '../../../core/api/api-error';

export function refusedFields<F extends string>(error: unknown, fields: readonly F[]): F[] {
  const body = (error as { error?: unknown } | null)?.error;
  if (!isApiErrorBody(body) || body.code !== 'VALIDATION_FAILED') return [];
  const named = new Set((body.details ?? []).map((issue) => issue.field.split('.')[0]));
  return fields.filter((field) => named.has(field));
}
