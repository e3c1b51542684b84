/**
 * A learner's own study: enrolling in and leaving programmes (both
 * idempotent), marking modules done or not, and progress per programme.
 * Leaving keeps the completions, so progress is back on re-enrolling.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { EnrolmentResponse, ModuleCompletionResponse, ProgrammeProgress } from '@klasteris/contracts';
import { DataSource } from 'typeorm';

import type { AuthenticatedUser } from '../accounts/authenticated-user';
import { ProgrammeAccess } from './programme-access';
import { progressOf } from './programme-views';

@Injectable()
export class EnrolmentService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ProgrammeAccess,
  ) {}

  async enrol(learner: AuthenticatedUser, programmeId: string): Promise<EnrolmentResponse> {
    await this.access.assertProgrammeExists(programmeId);
    await this.db.query(`INSERT INTO enrolments (programme_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
      programmeId,
      learner.id,
    ]);
    return { programmeId, enrolled: true, progress: await this.progress(learner.id, programmeId) };
  }

  async leave(learner: AuthenticatedUser, programmeId: string): Promise<EnrolmentResponse> {
    await this.access.assertProgrammeExists(programmeId);
    await this.db.query(`DELETE FROM enrolments WHERE programme_id = $1 AND user_id = $2`, [programmeId, learner.id]);
    return { programmeId, enrolled: false, progress: null };
  }

  async setCompleted(
    learner: AuthenticatedUser,
    moduleId: string,
    completed: boolean,
  ): Promise<ModuleCompletionResponse> {
    const { programmeId } = await this.access.moduleOrFail(moduleId);
    await this.access.assertEnrolledLearner(learner, programmeId);
    await this.db.query(
      completed
        ? `INSERT INTO module_completions (module_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`
        : `DELETE FROM module_completions WHERE module_id = $1 AND user_id = $2`,
      [moduleId, learner.id],
    );
    return { moduleId, programmeId, completed, progress: await this.progress(learner.id, programmeId) };
  }

  async progress(userId: string, programmeId: string): Promise<ProgrammeProgress> {
    const [row] = (await this.db.query(
      `SELECT count(*)::int AS total, count(c.module_id)::int AS completed
         FROM programme_modules m
         LEFT JOIN module_completions c ON c.module_id = m.id AND c.user_id = $2
        WHERE m.programme_id = $1`,
      [programmeId, userId],
    )) as { total: number; completed: number }[];
    return progressOf(row?.completed ?? 0, row?.total ?? 0);
  }
}
