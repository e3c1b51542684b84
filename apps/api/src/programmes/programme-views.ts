/**
 * Catalogue rows as the API serves them: texts rendered (see
 * content/rendered-text.ts), and what the viewer may know and do: a
 * learner's enrolment and progress, whether they may edit.
 */
import type {
  Assignment,
  LocalizedText,
  PersonRef,
  Programme,
  ProgrammeModule,
  ProgrammeProgress,
} from '@klasteris/contracts';

import type { AuthenticatedUser } from '../accounts/authenticated-user';
import { missingTranslations, renderText } from './content/rendered-text';
import { teachesAs } from './programme-access';

export interface ProgrammeRow {
  id: string;
  title: LocalizedText;
  description: LocalizedText;
  position: number;
  module_count: number;
  completed_modules: number;
  enrolled: boolean;
  teaching: boolean;
}

export interface ModuleRow {
  id: string;
  programme_id: string;
  title: LocalizedText;
  description: LocalizedText;
  body: LocalizedText;
  position: number;
  completed: boolean;
}

export function progressOf(completedModules: number, totalModules: number): ProgrammeProgress {
  return {
    completedModules,
    totalModules,
    percent: totalModules === 0 ? 0 : Math.floor((completedModules * 100) / totalModules),
  };
}

/** Enrolment shows for learners only; staff see the catalogue as editors or readers. */
export const isEnrolledLearner = (viewer: Pick<AuthenticatedUser, 'role'>, enrolled: boolean) =>
  viewer.role === 'learner' && enrolled;

export function toProgramme(row: ProgrammeRow, lecturers: PersonRef[], viewer: AuthenticatedUser): Programme {
  const enrolled = isEnrolledLearner(viewer, row.enrolled);
  return {
    id: row.id,
    title: renderText(row.title, 'inline'),
    description: renderText(row.description, 'block'),
    position: row.position,
    moduleCount: row.module_count,
    lecturers,
    enrolled,
    progress: enrolled ? progressOf(row.completed_modules, row.module_count) : null,
    canEdit: teachesAs(viewer, row.teaching),
    missingTranslations: missingTranslations(row.title, row.description),
  };
}

export function toModule(row: ModuleRow, assignments: Assignment[], enrolled: boolean): ProgrammeModule {
  return {
    id: row.id,
    programmeId: row.programme_id,
    title: renderText(row.title, 'inline'),
    description: renderText(row.description, 'block'),
    body: renderText(row.body, 'block'),
    position: row.position,
    completed: enrolled && row.completed,
    assignments,
    missingTranslations: missingTranslations(row.title, row.description, row.body),
  };
}
