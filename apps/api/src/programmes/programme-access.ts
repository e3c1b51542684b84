/**
 * The one place that decides who may do what with a programme: lecturers
 * teach the programmes they are listed for (admins act as lecturers of
 * every programme); learners work in the programmes they are enrolled in.
 * Controllers and services of the catalogue and of assignments ask here.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import type { AuthenticatedUser } from '../accounts/authenticated-user';
import { moduleNotFound, notEnrolled, notTeaching, programmeNotFound } from './programmes.errors';

export interface ModuleRef {
  moduleId: string;
  programmeId: string;
}

type Person = Pick<AuthenticatedUser, 'id' | 'role'>;

/** Admins teach every programme; lecturers those they are listed for; nobody else any. */
export const teachesAs = (person: Pick<AuthenticatedUser, 'role'>, listedAsLecturer: boolean): boolean =>
  person.role === 'admin' || (person.role === 'lecturer' && listedAsLecturer);

@Injectable()
export class ProgrammeAccess {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async assertProgrammeExists(programmeId: string): Promise<void> {
    const rows = (await this.db.query(`SELECT 1 FROM programmes WHERE id = $1`, [programmeId])) as unknown[];
    if (rows.length === 0) throw programmeNotFound();
  }

  async moduleOrFail(moduleId: string): Promise<ModuleRef> {
    const [row] = (await this.db.query(`SELECT id, programme_id FROM programme_modules WHERE id = $1`, [moduleId])) as {
      id: string;
      programme_id: string;
    }[];
    if (!row) throw moduleNotFound();
    return { moduleId: row.id, programmeId: row.programme_id };
  }

  async teaches(user: Person, programmeId: string): Promise<boolean> {
    if (user.role !== 'lecturer') return teachesAs(user, false);
    const rows = (await this.db.query(`SELECT 1 FROM programme_lecturers WHERE programme_id = $1 AND user_id = $2`, [
      programmeId,
      user.id,
    ])) as unknown[];
    return teachesAs(user, rows.length > 0);
  }

  async assertTeaches(user: Person, programmeId: string): Promise<void> {
    if (!(await this.teaches(user, programmeId))) throw notTeaching();
  }

  /** The active lecturers of a programme: who hears about its submissions. */
  async lecturerIds(programmeId: string): Promise<string[]> {
    const rows = (await this.db.query(
      `SELECT u.id FROM programme_lecturers l JOIN users u ON u.id = l.user_id
        WHERE l.programme_id = $1 AND u.role = 'lecturer' AND u.deactivated_at IS NULL
        ORDER BY l.added_at, u.id`,
      [programmeId],
    )) as { id: string }[];
    return rows.map((row) => row.id);
  }

  async isEnrolled(userId: string, programmeId: string): Promise<boolean> {
    const rows = (await this.db.query(`SELECT 1 FROM enrolments WHERE programme_id = $1 AND user_id = $2`, [
      programmeId,
      userId,
    ])) as unknown[];
    return rows.length > 0;
  }

  /** Learner work (completing modules, handing in) needs the learner role and an enrolment. */
  async assertEnrolledLearner(user: Person, programmeId: string): Promise<void> {
    if (user.role !== 'learner' || !(await this.isEnrolled(user.id, programmeId))) throw notEnrolled();
  }
}
