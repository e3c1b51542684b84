/**
 * `GET /api/me/export`: a person downloads everything of theirs as JSON,
 * and nothing of anyone else's, though both took part in the same places.
 */
import type { Booking, Notification, Page, PersonalDataExport } from '@klasteris/contracts';
import { DataSource } from 'typeorm';

import type { SignedInPerson } from './support/accounts';
import { ask, createConsultation } from './support/consultations';
import { SAMPLE_FILES } from './support/files';
import { addMember, createGroup, sendMessage } from './support/groups';
import { apiClient } from './support/http';
import { emitWithAck } from './support/live-client';
import { putHours, ROUND_THE_CLOCK, wholeHourAhead } from './support/office-hours';
import { eventually, livePool, PRIVACY_ADMIN, signUp } from './support/privacy';
import { addModule, createAssignment, createProgramme, enrol, submitMultipart, submitText } from './support/programmes';
import { startTestApp, TestApp } from './support/test-app';

jest.setTimeout(90_000);

interface Seeded {
  messageIds: string[];
  deletedMessageId: string;
  questionId: string;
  bookingId: string;
  submissionId: string;
  reportId: string;
}

describe('privacy: the personal data export', () => {
  let app: TestApp;
  let mine: SignedInPerson;
  let theirs: SignedInPerson;
  let lecturer: SignedInPerson;
  let seeded: { mine: Seeded; theirs: Seeded };
  const live = livePool(() => app);
  const api = () => apiClient(app.baseUrl);

  beforeAll(async () => {
    app = await startTestApp({ label: 'privacyexport', config: { admin: PRIVACY_ADMIN, trustProxy: true } });
    [mine, theirs, lecturer] = await Promise.all([
      signUp(app, 'Rūta Eksportuoja'),
      signUp(app, 'Kari Other'),
      signUp(app, 'Lina Lecturer', 'lecturer'),
    ]);

    // One group both talk in, one consultation both ask in, one lecturer both book, one assignment both hand in.
    const group = await createGroup(app, mine, { name: 'Bendra grupė' });
    await addMember(app, mine, group.id, theirs.user.id);
    const consultation = await createConsultation(app, lecturer.accessToken, { title: 'Atvira konsultacija' });
    await putHours(app, { id: lecturer.user.id, token: lecturer.accessToken, name: 'Lina' }, ROUND_THE_CLOCK(2));
    const programme = await createProgramme(app, lecturer.accessToken);
    const module = await addModule(app, lecturer.accessToken, programme.id);
    const assignment = await createAssignment(app, lecturer.accessToken, module.id, {
      title: { lt: 'Žemėlapis', en: 'Partnership map' },
    });

    const seed = async (person: SignedInPerson, label: string, hoursAhead: number): Promise<Seeded> => {
      const { socket } = await live.join(person, group.defaultRoomId);
      const kept = await sendMessage(socket, group.defaultRoomId, `${label}: kept message`);
      const deleted = await sendMessage(socket, group.defaultRoomId, `${label}: deleted message`);
      const deletion = await emitWithAck(socket, 'message:delete', { messageId: deleted.id });
      if (!deletion.ok) throw new Error(`delete refused: ${deletion.error.code}`);
      const { socket: asking } = await live.join(person, consultation.id);
      const question = await ask(asking, consultation.id, `${label}: anonymous question`, { anonymous: true });
      const booking = await api().post<Booking>(
        '/api/bookings',
        { lecturerId: lecturer.user.id, start: wholeHourAhead(hoursAhead), question: `${label}: booking question` },
        { token: person.accessToken },
      );
      if (booking.status !== 201) throw new Error(`booking: ${booking.status} ${JSON.stringify(booking.body)}`);
      await enrol(app, person.accessToken, programme.id);
      return {
        messageIds: [kept.id, deleted.id],
        deletedMessageId: deleted.id,
        questionId: question.id,
        bookingId: booking.body.id,
        submissionId: '',
        reportId: '',
      };
    };
    seeded = { mine: await seed(mine, 'Mine', 30), theirs: await seed(theirs, 'Theirs', 50) };

    const myHandIn = await submitMultipart(app, mine.accessToken, assignment.id, {
      body: 'Mine: my map',
      file: { name: 'Žemėlapis.pdf', bytes: SAMPLE_FILES.pdf },
    });
    if (myHandIn.status !== 201) throw new Error(`submit: ${myHandIn.status} ${JSON.stringify(myHandIn.body)}`);
    seeded.mine.submissionId = (myHandIn.body as { id: string }).id;
    seeded.theirs.submissionId = (await submitText(app, theirs.accessToken, assignment.id, 'Theirs: their map')).id;

    // Each votes for the other's question.
    const { socket: myVotes } = await live.join(mine, consultation.id);
    expect((await emitWithAck(myVotes, 'question:vote', { questionId: seeded.theirs.questionId, up: true })).ok).toBe(
      true,
    );
    const { socket: theirVotes } = await live.join(theirs, consultation.id);
    expect((await emitWithAck(theirVotes, 'question:vote', { questionId: seeded.mine.questionId, up: true })).ok).toBe(
      true,
    );

    // Each reports the other's message (stored directly: reporting is the moderation feature's to test).
    const sql = app.app.get(DataSource);
    const report = async (reporter: SignedInPerson, messageId: string) =>
      (
        (await sql.query(
          `INSERT INTO reports (target_type, target_id, room_id, reporter_id, reason)
           VALUES ('message', $1, $2, $3, 'Not on topic') RETURNING id`,
          [messageId, group.defaultRoomId, reporter.user.id],
        )) as { id: string }[]
      )[0]!.id;
    seeded.mine.reportId = await report(mine, seeded.theirs.messageIds[0]!);
    seeded.theirs.reportId = await report(theirs, seeded.mine.messageIds[0]!);

    // Booking confirmations reach both bells through the notification jobs.
    const rung = async (person: SignedInPerson) =>
      (await api().get<Page<Notification>>('/api/notifications', { token: person.accessToken })).body.items.length > 0;
    await eventually(async () => (await rung(mine)) && (await rung(theirs)));
  });
  afterAll(async () => {
    live.closeAll();
    await app.close();
  });

  it('is a JSON download named after the day', async () => {
    const response = await api().get<PersonalDataExport>('/api/me/export', { token: mine.accessToken });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const today = new Date().toISOString().slice(0, 10);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="klasteris-${today}.json"`);
  });

  it('holds my profile, messages (deleted ones with their text), questions, votes, bookings, submissions, notifications and reports', async () => {
    const { body } = await api().get<PersonalDataExport>('/api/me/export', { token: mine.accessToken });
    expect(body.profile).toMatchObject({ id: mine.user.id, email: mine.email, displayName: 'Rūta Eksportuoja' });
    expect(body.groups.map((group) => group.name)).toEqual(['Bendra grupė']);
    expect(body.enrolments).toHaveLength(1);

    expect(body.messages.map((message) => message.id).sort()).toEqual([...seeded.mine.messageIds].sort());
    expect(body.messages.find((message) => message.id === seeded.mine.deletedMessageId)).toMatchObject({
      body: 'Mine: deleted message',
      deleted: true,
      hidden: false,
    });
    expect(body.questions).toEqual([
      expect.objectContaining({ id: seeded.mine.questionId, body: 'Mine: anonymous question', anonymous: true }),
    ]);
    expect(body.votes).toEqual([
      expect.objectContaining({ questionId: seeded.theirs.questionId, questionBody: 'Theirs: anonymous question' }),
    ]);
    expect(body.bookings).toEqual([
      expect.objectContaining({
        id: seeded.mine.bookingId,
        lecturerName: 'Lina Lecturer',
        status: 'confirmed',
        question: 'Mine: booking question',
      }),
    ]);
    expect(body.submissions).toEqual([
      expect.objectContaining({
        id: seeded.mine.submissionId,
        assignmentTitle: 'Partnership map',
        text: 'Mine: my map',
        fileName: 'Žemėlapis.pdf',
        verdict: null,
      }),
    ]);
    expect(body.notifications.length).toBeGreaterThan(0);
    expect(body.notifications.every((notification) => notification.kind === 'booking')).toBe(true);
    expect(body.reports).toEqual([
      expect.objectContaining({ id: seeded.mine.reportId, targetId: seeded.theirs.messageIds[0], status: 'open' }),
    ]);
    expect(body.notificationPreferences.map((preference) => preference.kind)).toContain('mention');
  });

  it('holds nothing of the other person', async () => {
    const { body } = await api().get<PersonalDataExport>('/api/me/export', { token: mine.accessToken });
    const text = JSON.stringify(body);
    expect(text).not.toContain(theirs.email);
    expect(text).not.toContain(theirs.user.id);
    // Their kept message appears only as the target of my report, their question only as the one I voted for.
    expect(body.messages.map((message) => message.id)).not.toContain(seeded.theirs.messageIds[0]);
    for (const id of [
      seeded.theirs.deletedMessageId,
      seeded.theirs.bookingId,
      seeded.theirs.submissionId,
      seeded.theirs.reportId,
    ]) {
      expect(text).not.toContain(id);
    }
    expect(body.questions.map((question) => question.id)).not.toContain(seeded.theirs.questionId);
    for (const body_ of [
      'Theirs: kept message',
      'Theirs: deleted message',
      'Theirs: their map',
      'Theirs: booking question',
    ]) {
      expect(text).not.toContain(body_);
    }
    const theirNotifications = (await app.app
      .get(DataSource)
      .query(`SELECT id FROM notifications WHERE recipient_id = $1`, [theirs.user.id])) as { id: string }[];
    expect(theirNotifications.length).toBeGreaterThan(0);
    for (const { id } of theirNotifications) expect(text).not.toContain(id);
  });

  it('is for signed-in people only', async () => {
    expect((await api().get('/api/me/export')).status).toBe(401);
  });
});
