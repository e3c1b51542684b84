/**
 * Reading the catalogue: every programme with its lecturers and, for a
 * learner, enrolment and progress; one programme with its modules in order
 * and their assignments. Texts come back rendered and sanitised.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PersonRef, Programme, ProgrammeDetail } from '@klasteris/contracts';
import { DataSource } from 'typeorm';

import type { AuthenticatedUser } from '../accounts/authenticated-user';
import { ASSIGNMENT_COLUMNS, type AssignmentRow, toAssignment } from '../assignments/assignment-view';
import { isEnrolledLearner, type ModuleRow, type ProgrammeRow, toModule, toProgramme } from './programme-views';
import { programmeNotFound } from './programmes.errors';

const PROGRAMME_SELECT = `
  SELECT p.id, p.title, p.description, p.position,
         (SELECT count(*)::int FROM programme_modules m WHERE m.programme_id = p.id) AS module_count,
         (SELECT count(*)::int FROM module_completions c JOIN programme_modules m ON m.id = c.module_id
           WHERE m.programme_id = p.id AND c.user_id = $1) AS completed_modules,
         EXISTS (SELECT 1 FROM enrolments e WHERE e.programme_id = p.id AND e.user_id = $1) AS enrolled,
         EXISTS (SELECT 1 FROM programme_lecturers l WHERE l.programme_id = p.id AND l.user_id = $1) AS teaching
    FROM programmes p`;

@Injectable()
export class CatalogueService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(viewer: AuthenticatedUser): Promise<Programme[]> {
    const rows = (await this.db.query(`${PROGRAMME_SELECT} ORDER BY p.position, p.created_at, p.id`, [
      viewer.id,
    ])) as ProgrammeRow[];
    const lecturers = await this.lecturersOf(rows.map((row) => row.id));
    return rows.map((row) => toProgramme(row, lecturers.get(row.id) ?? [], viewer));
  }

  async detail(viewer: AuthenticatedUser, programmeId: string): Promise<ProgrammeDetail> {
    const [row] = (await this.db.query(`${PROGRAMME_SELECT} WHERE p.id = $2`, [
      viewer.id,
      programmeId,
    ])) as ProgrammeRow[];
    if (!row) throw programmeNotFound();
    const [lecturers, modules, assignments] = await Promise.all([
      this.lecturersOf([programmeId]),
      this.db.query(
        `SELECT m.id, m.programme_id, m.title, m.description, m.body, m.position,
                EXISTS (SELECT 1 FROM module_completions c WHERE c.module_id = m.id AND c.user_id = $2) AS completed
           FROM programme_modules m WHERE m.programme_id = $1 ORDER BY m.position`,
        [programmeId, viewer.id],
      ) as Promise<ModuleRow[]>,
      this.db.query(
        `SELECT ${ASSIGNMENT_COLUMNS} FROM assignments a JOIN programme_modules m ON m.id = a.module_id
          WHERE m.programme_id = $1 ORDER BY a.created_at, a.id`,
        [programmeId],
      ) as Promise<AssignmentRow[]>,
    ]);
    const enrolled = isEnrolledLearner(viewer, row.enrolled);
    return {
      ...toProgramme(row, lecturers.get(programmeId) ?? [], viewer),
      modules: modules.map((module) =>
        toModule(
          module,
          assignments.filter((assignment) => assignment.module_id === module.id).map(toAssignment),
          enrolled,
        ),
      ),
    };
  }

  /** The active lecturers of each programme, longest-serving first. */
  async lecturersOf(programmeIds: string[]): Promise<Map<string, PersonRef[]>> {
    const rows = (await this.db.query(
      `SELECT l.programme_id, u.id, u.display_name
         FROM programme_lecturers l JOIN users u ON u.id = l.user_id
        WHERE l.programme_id = ANY($1::uuid[]) AND u.role = 'lecturer' AND u.deactivated_at IS NULL
        ORDER BY l.added_at, u.display_name`,
      [programmeIds],
    )) as { programme_id: string; id: string; display_name: string }[];
    const byProgramme = new Map<string, PersonRef[]>();
    for (const row of rows) {
      const list = byProgramme.get(row.programme_id) ?? [];
      list.push({ id: row.id, displayName: row.display_name });
      byProgramme.set(row.programme_id, list);
    }
    return byProgramme;
  }
}
