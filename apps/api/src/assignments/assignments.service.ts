/** Assignments of modules: lecturers of the programme set them; everyone signed in can read them. */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Assignment, LocalizedText } from '@klasteris/contracts';
import { DataSource } from 'typeorm';

import type { AuthenticatedUser } from '../accounts/authenticated-user';
import { ProgrammeAccess } from '../programmes/programme-access';
import { returnedRow } from '../programmes/returned-row';
import { ASSIGNMENT_COLUMNS, type AssignmentRow, toAssignment } from './assignment-view';
import { assignmentNotFound } from './assignments.errors';

export interface NewAssignment {
  title: LocalizedText;
  instructions: LocalizedText;
  dueAt?: string;
}

@Injectable()
export class AssignmentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ProgrammeAccess,
  ) {}

  async create(author: AuthenticatedUser, moduleId: string, input: NewAssignment): Promise<Assignment> {
    const { programmeId } = await this.access.moduleOrFail(moduleId);
    await this.access.assertTeaches(author, programmeId);
    const row = returnedRow(
      (await this.db.query(
        `INSERT INTO assignments (module_id, title, instructions, due_at, created_by)
       VALUES ($1, $2::jsonb, $3::jsonb, $4::timestamptz, $5)
       RETURNING id, module_id, title, instructions, due_at, created_at`,
        [moduleId, JSON.stringify(input.title), JSON.stringify(input.instructions), input.dueAt ?? null, author.id],
      )) as { id: string }[],
    );
    return this.get(row.id);
  }

  async get(assignmentId: string): Promise<Assignment> {
    return toAssignment(await this.row(assignmentId));
  }

  /** The assignment with its module and programme, or NOT_FOUND. */
  async row(assignmentId: string): Promise<AssignmentRow> {
    const [row] = (await this.db.query(
      `SELECT ${ASSIGNMENT_COLUMNS} FROM assignments a JOIN programme_modules m ON m.id = a.module_id WHERE a.id = $1`,
      [assignmentId],
    )) as AssignmentRow[];
    if (!row) throw assignmentNotFound();
    return row;
  }
}
