/**
 * The overdue-review reminder, on both queue backends: a submission waiting
 * longer than REVIEW_REMINDER_AFTER_HOURS reminds each lecturer of its
 * programme once per period, and nobody else. The catalogue rows are made
 * in SQL, as the programmes feature's schema lays them out.
 */
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';

import { RemindOverdueReviewsJob } from '../src/notifications/reminders/remind-overdue-reviews.job';
import { registerPerson } from './support/accounts';
import { describeOnQueueBackends, eventually, queuesSettled, storedNotifications } from './support/notifications';
import { startTestApp, TestApp } from './support/test-app';

const HOUR = 3600_000;

describeOnQueueBackends('notifications: overdue-review reminders', (backend) => {
  let app: TestApp;
  let sql: DataSource;

  beforeAll(async () => {
    app = await startTestApp({ label: `remind${backend.name}`, redis: backend.redis, config: { reviewReminderAfterHours: 24 } });
    sql = app.app.get(DataSource);
  });
  afterAll(() => app.close());

  /** A programme with a module and an assignment, taught by these people. */
  async function assignmentTaughtBy(teacherIds: string[]): Promise<string> {
    const [programme] = (await sql.query(
      `INSERT INTO programmes (title, description) VALUES ($1, $1) RETURNING id`,
      [{ lt: 'Programa', en: 'Programme' }],
    )) as { id: string }[];
    const [module] = (await sql.query(
      `INSERT INTO programme_modules (programme_id, title, body, position) VALUES ($1, $2, $2, 0) RETURNING id`,
      [programme!.id, { lt: 'Modulis', en: 'Module' }],
    )) as { id: string }[];
    for (const teacherId of teacherIds) {
      await sql.query(`INSERT INTO programme_lecturers (programme_id, user_id) VALUES ($1, $2)`, [programme!.id, teacherId]);
    }
    const [assignment] = (await sql.query(
      `INSERT INTO assignments (module_id, title, instructions) VALUES ($1, $2, $2) RETURNING id`,
      [module!.id, { lt: 'Esė apie klasterius', en: 'Essay on clusters' }],
    )) as { id: string }[];
    return assignment!.id;
  }

  async function submission(assignmentId: string, learnerId: string, hoursAgo: number, status = 'submitted'): Promise<string> {
    const [row] = (await sql.query(
      `INSERT INTO submissions (assignment_id, learner_id, attempt, body, status, submitted_at, reviewed_at)
       VALUES ($1, $2, 1, 'My essay', $3, now() - make_interval(hours => $4), CASE WHEN $3 = 'submitted' THEN NULL ELSE now() END)
       RETURNING id`,
      [assignmentId, learnerId, status, hoursAgo],
    )) as { id: string }[];
    return row!.id;
  }

  async function lecturer(name: string) {
    const person = await registerPerson(app.baseUrl, name);
    await sql.query(`UPDATE users SET role = 'lecturer' WHERE id = $1`, [person.user.id]);
    return person;
  }

  it('reminds every lecturer of the programme once per period, and nobody else', async () => {
    const [ona, jonas] = await Promise.all([lecturer('Ona Lecturer'), lecturer('Jonas Lecturer')]);
    const bystander = await registerPerson(app.baseUrl, 'Not A Lecturer');
    const learner = await registerPerson(app.baseUrl, 'Waiting Learner');
    const other = await registerPerson(app.baseUrl, 'Reviewed Learner');
    const assignment = await assignmentTaughtBy([ona.user.id, jonas.user.id, bystander.user.id]);
    const waiting = await submission(assignment, learner.user.id, 25);
    await submission(assignment, other.user.id, 30, 'passed');
    const fresh = await registerPerson(app.baseUrl, 'Fresh Learner');
    const recent = await submission(assignment, fresh.user.id, 2);

    // The scheduled job, as the queue runs it, twice in the same period.
    const queue = app.app.get<string, Queue>(getQueueToken('notifications'), { strict: false });
    await queue.add('reviews.remind-overdue', {});
    await eventually('both lecturers reminded', async () => {
      const counts = await Promise.all([ona, jonas].map(async (person) => (await storedNotifications(app, person.user.id)).length));
      return counts.every((count) => count === 1);
    });
    await queue.add('reviews.remind-overdue', {});
    await queuesSettled(app);

    const [reminder] = await storedNotifications(app, ona.user.id);
    expect(reminder).toMatchObject({ kind: 'review_overdue', key: `review-overdue:${waiting}:1`, title: 'Waiting for review: Essay on clusters' });
    expect(await storedNotifications(app, jonas.user.id)).toHaveLength(1);
    expect(await storedNotifications(app, bystander.user.id)).toHaveLength(0);

    // Still within the period: nothing new. A period later: the second reminder of the first
    // submission, and the first of the recent one, for each lecturer.
    const job = app.app.get(RemindOverdueReviewsJob);
    expect(await job.remindAsOf(new Date(Date.now() + 12 * HOUR))).toBe(0);
    expect(await job.remindAsOf(new Date(Date.now() + 24 * HOUR))).toBe(4);
    for (const person of [ona, jonas]) {
      await eventually('later reminders', async () => (await storedNotifications(app, person.user.id)).length === 3);
      expect((await storedNotifications(app, person.user.id)).map((row) => row.key).sort()).toEqual(
        [`review-overdue:${waiting}:1`, `review-overdue:${waiting}:2`, `review-overdue:${recent}:1`].sort(),
      );
    }
    expect(await job.remindAsOf(new Date(Date.now() + 25 * HOUR))).toBe(0);

    // Reviewed since: no more reminders.
    await sql.query(`UPDATE submissions SET status = 'passed', reviewed_at = now() WHERE id IN ($1, $2)`, [waiting, recent]);
    expect(await job.remindAsOf(new Date(Date.now() + 48 * HOUR))).toBe(0);
  });
});
