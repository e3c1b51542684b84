/** An assignment row as the API serves it; shared by the catalogue and the assignment routes. */
import type { Assignment, LocalizedText } from '@klasteris/contracts';

import { missingTranslations, renderText } from '../programmes/content/rendered-text';

export interface AssignmentRow {
  id: string;
  module_id: string;
  programme_id: string;
  module_title: LocalizedText;
  title: LocalizedText;
  instructions: LocalizedText;
  due_at: Date | null;
  created_at: Date;
}

/** Selects an AssignmentRow from `assignments a JOIN programme_modules m`. */
export const ASSIGNMENT_COLUMNS = `a.id, a.module_id, m.programme_id, m.title AS module_title, a.title, a.instructions, a.due_at, a.created_at`;

export function toAssignment(row: AssignmentRow): Assignment {
  return {
    id: row.id,
    moduleId: row.module_id,
    programmeId: row.programme_id,
    title: renderText(row.title, 'inline'),
    instructions: renderText(row.instructions, 'block'),
    dueAt: row.due_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
    missingTranslations: missingTranslations(row.title, row.instructions),
  };
}
