/**
 * Where the server's refusal of office hours points: the settings it named
 * (`slotMinutes`) and the rows of the weekly windows and exceptions
 * (`weekly.2.end`, `exceptions[0].date`), so the editor marks them in place.
 */
import { isApiErrorBody } from '../../../core/api/api-error';

export interface OfficeHoursRefusals {
  fields: ReadonlySet<string>;
  weekly: ReadonlySet<number>;
  exceptions: ReadonlySet<number>;
}

export const NO_REFUSALS: OfficeHoursRefusals = { fields: new Set(), weekly: new Set(), exceptions: new Set() };

export function officeHoursRefusals(error: unknown): OfficeHoursRefusals {
  const body = (error as { error?: unknown } | null)?.error;
  if (!isApiErrorBody(body) || body.code !== 'VALIDATION_FAILED') return NO_REFUSALS;
  const fields = new Set<string>();
  const weekly = new Set<number>();
  const exceptions = new Set<number>();
  for (const issue of body.details ?? []) {
    const [name, index] = issue.field.split(/[.[\]]+/).filter((part) => part !== '');
    if (name === undefined) continue;
    fields.add(name);
    const row = Number(index);
    if (index !== undefined && Number.isInteger(row)) {
      if (name === 'weekly') weekly.add(row);
      if (name === 'exceptions') exceptions.add(row);
    }
  }
  return { fields, weekly, exceptions };
}
