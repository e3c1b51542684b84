/**
 * The demo's consultations, run by the demo lecturer: one live now and open
 * to everyone signed in, with questions already voted on (one answered, one
 * anonymous), and one scheduled for the first module of the first programme,
 * for its enrolled learners and lecturers.
 */
import type { EntityManager } from 'typeorm';

export interface DemoQuestion {
  /** E-mail of one of DEMO_ACCOUNTS. */
  author: string;
  body: string;
  anonymous?: boolean;
  voters: string[];
  answer?: string;
}

export const DEMO_LIVE_CONSULTATION: { title: string; questions: DemoQuestion[] } = {
  title: 'Atviros konsultacijos · Open Q&A: socialinė partnerystė / social partnership',
  questions: [
    {
      author: 'learner@klasteris.demo',
      body: 'Kaip savivaldybė gali paskatinti verslą prisijungti prie socialinio klasterio? How can a municipality get businesses to join?',
      voters: ['learner.ngo@klasteris.demo', 'lecturer.no@klasteris.demo', 'moderator@klasteris.demo'],
      answer:
        'Pradėkite nuo bendros problemos, kurią verslas jaučia pats, pvz. darbuotojų trūkumo. Start from a problem the businesses feel themselves, such as hiring.',
    },
    {
      author: 'learner.ngo@klasteris.demo',
      body: 'Ar NVO gali būti klasterio koordinatorė? Can an NGO coordinate a cluster?',
      voters: ['learner@klasteris.demo', 'admin@klasteris.demo'],
    },
    {
      author: 'learner@klasteris.demo',
      body: 'What if a partner stops taking part halfway through the project? Kas nutinka, jei partneris pasitraukia?',
      anonymous: true,
      voters: ['learner.ngo@klasteris.demo'],
    },
  ],
};

export const DEMO_SCHEDULED_CONSULTATION = {
  title: 'Modulio konsultacija · Module Q&A: social partnership',
  /** Index into DEMO_PROGRAMMES and the module's position, as in demo-teaching.ts. */
  programme: 0,
  modulePosition: 1,
  /** Starts this long after seeding. */
  startsInDays: 7,
};

export async function insertDemoConsultations(manager: EntityManager, lecturerEmail: string): Promise<void> {
  const people = new Map(
    (
      (await manager.query(`SELECT id, email FROM users WHERE email LIKE '%@klasteris.demo'`)) as {
        id: string;
        email: string;
      }[]
    ).map((row) => [row.email, row.id]),
  );
  const lecturerId = people.get(lecturerEmail);
  if (!lecturerId) return;

  const live = DEMO_LIVE_CONSULTATION;
  const [liveRoom] = (await manager.query(
    `INSERT INTO rooms (kind, name, audience) VALUES ('consultation', $1, 'signed_in') RETURNING id`,
    [live.title],
  )) as { id: string }[];
  if (!liveRoom) return;
  await manager.query(
    `INSERT INTO consultations (id, title, lecturer_id, moderation, started_at, last_question_seq)
     VALUES ($1, $2, $3, 'post', now() - interval '10 minutes', $4)`,
    [liveRoom.id, live.title, lecturerId, live.questions.length],
  );
  await manager.query(`INSERT INTO room_members (room_id, user_id) VALUES ($1, $2)`, [liveRoom.id, lecturerId]);
  for (const [index, question] of live.questions.entries()) {
    const authorId = people.get(question.author);
    if (!authorId) continue;
    const voterIds = question.voters.flatMap((email) => people.get(email) ?? []);
    const answer = question.answer;
    const [stored] = (await manager.query(
      `INSERT INTO questions (room_id, seq, author_id, client_msg_id, body, anonymous, status, published,
                              answer, answered_by, answered_at, version, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, true, $8, $9, CASE WHEN $8::text IS NULL THEN NULL ELSE now() END,
               $10, now() - make_interval(mins => $11))
       RETURNING id`,
      [
        liveRoom.id,
        index + 1,
        authorId,
        `demo-question-${index + 1}`,
        question.body,
        question.anonymous === true,
        answer ? 'answered' : 'open',
        answer ?? null,
        answer ? lecturerId : null,
        answer ? 2 : 1,
        9 - index,
      ],
    )) as { id: string }[];
    if (!stored) continue;
    // Their trigger counts the votes (and bumps the version) as in real use.
    await manager.query(`INSERT INTO question_votes (question_id, user_id) SELECT $1, unnest($2::uuid[])`, [
      stored.id,
      voterIds,
    ]);
  }

  const scheduled = DEMO_SCHEDULED_CONSULTATION;
  const [module] = (await manager.query(
    `SELECT m.id FROM programme_modules m JOIN programmes p ON p.id = m.programme_id
      WHERE p.position = $1 AND m.position = $2`,
    [scheduled.programme, scheduled.modulePosition],
  )) as { id: string }[];
  if (!module) return;
  const [scheduledRoom] = (await manager.query(
    `INSERT INTO rooms (kind, name, audience, module_id) VALUES ('consultation', $1, 'module', $2) RETURNING id`,
    [scheduled.title, module.id],
  )) as { id: string }[];
  if (!scheduledRoom) return;
  await manager.query(
    `INSERT INTO consultations (id, title, lecturer_id, moderation, starts_at)
     VALUES ($1, $2, $3, 'pre', date_trunc('hour', now()) + make_interval(days => $4, hours => 1))`,
    [scheduledRoom.id, scheduled.title, lecturerId, scheduled.startsInDays],
  );
  await manager.query(`INSERT INTO room_members (room_id, user_id) VALUES ($1, $2)`, [scheduledRoom.id, lecturerId]);
}
