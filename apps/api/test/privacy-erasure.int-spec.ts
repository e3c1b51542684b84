/**
 * `DELETE /api/me`: the account is gone (no sign-in, no e-mail anywhere in
 * the database, old tokens and sockets refused), while what others rely on
 * stays: the person's messages and questions, shown as "deleted user", the
 * group they owned, and their office-hour place, which goes to the next in line.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

import {
  DELETED_USER_DISPLAY_NAME,
  type Booking,
  type GroupDetail,
  type Notification,
  type Page,
} from '@klasteris/contracts';
import { DataSource } from 'typeorm';

import { TEST_PASSWORD, type SignedInPerson } from './support/accounts';
import { ask, createConsultation } from './support/consultations';
import { SAMPLE_FILES } from './support/files';
import { addMember, createGroup, sendMessage } from './support/groups';
import { apiClient, errorBody } from './support/http';
import { connected, disconnected, liveClient } from './support/live-client';
import { putHours, ROUND_THE_CLOCK, wholeHourAhead } from './support/office-hours';
import { eventually, livePool, PRIVACY_ADMIN, signInPrivacyAdmin, signUp } from './support/privacy';
import { addModule, createAssignment, createProgramme, enrol, submitMultipart } from './support/programmes';
import { startTestApp, TestApp } from './support/test-app';

jest.setTimeout(120_000);

describe('privacy: erasing one’s account', () => {
  let app: TestApp;
  let sql: DataSource;
  const live = livePool(() => app);
  const api = () => apiClient(app.baseUrl);

  /** Every table and text-like column of the schema that holds the string. */
  const columnsHolding = async (needle: string): Promise<string[]> => {
    const columns = (await sql.query(
      `SELECT table_name, column_name FROM information_schema.columns
        WHERE table_schema = current_schema() AND data_type IN ('text', 'character varying', 'jsonb', 'json', 'ARRAY')`,
    )) as { table_name: string; column_name: string }[];
    const holding: string[] = [];
    for (const { table_name: table, column_name: column } of columns) {
      const [row] = (await sql.query(
        `SELECT count(*)::int AS n FROM "${table}" WHERE strpos(lower("${column}"::text), lower($1)) > 0`,
        [needle],
      )) as { n: number }[];
      if (row!.n > 0) holding.push(`${table}.${column}`);
    }
    return holding;
  };

  beforeAll(async () => {
    app = await startTestApp({ label: 'privacyerase', config: { admin: PRIVACY_ADMIN, trustProxy: true } });
    sql = app.app.get(DataSource);
  });
  afterEach(() => live.closeAll());
  afterAll(() => app.close());

  it('removes the person and their e-mail, keeps their words as "deleted user", and hands on their group and place', async () => {
    const [leaving, staying, newcomer, waiting, lecturer] = await Promise.all([
      signUp(app, 'Erika Išeina'),
      signUp(app, 'Bjørn Stays'),
      signUp(app, 'Nauja Narė'),
      signUp(app, 'Wanda Waiting'),
      signUp(app, 'Lina Lecturer', 'lecturer'),
    ]);

    // A group the leaving person alone owns, with a thread the other member replied to.
    const group = await createGroup(app, leaving, { name: 'Erikos grupė' });
    await addMember(app, leaving, group.id, staying.user.id);
    const { socket: leavingSocket } = await live.join(leaving, group.defaultRoomId);
    const proposal = await sendMessage(leavingSocket, group.defaultRoomId, 'Mano pasiūlymas: susitikti Utenoje');
    const { socket: stayingSocket } = await live.join(staying, group.defaultRoomId);
    const reply = await sendMessage(stayingSocket, group.defaultRoomId, 'Sutinku', { parentId: proposal.id });

    // A question in a consultation.
    const consultation = await createConsultation(app, lecturer.accessToken, { title: 'Klausimai' });
    const { socket: asking } = await live.join(leaving, consultation.id);
    const question = await ask(asking, consultation.id, 'Kaip rasti partnerių?');

    // The only place in a slot, with someone waiting for it.
    await putHours(app, { id: lecturer.user.id, token: lecturer.accessToken, name: 'Lina' }, ROUND_THE_CLOCK(1));
    const start = wholeHourAhead(30);
    const place = await api().post<Booking>(
      '/api/bookings',
      { lecturerId: lecturer.user.id, start },
      { token: leaving.accessToken },
    );
    expect(place.body.status).toBe('confirmed');
    const queued = await api().post<Booking>(
      '/api/bookings',
      { lecturerId: lecturer.user.id, start, waitlist: true },
      { token: waiting.accessToken },
    );
    expect(queued.body.status).toBe('waiting');

    // An uploaded file.
    const programme = await createProgramme(app, lecturer.accessToken);
    const module = await addModule(app, lecturer.accessToken, programme.id);
    const assignment = await createAssignment(app, lecturer.accessToken, module.id);
    await enrol(app, leaving.accessToken, programme.id);
    const handIn = await submitMultipart(app, leaving.accessToken, assignment.id, {
      body: 'Mano darbas',
      file: { name: 'darbas.pdf', bytes: SAMPLE_FILES.pdf },
    });
    expect(handIn.status).toBe(201);
    const uploads = path.join(app.config.dataDir, 'uploads');
    expect(readdirSync(uploads)).toHaveLength(1);

    const socketClosed = disconnected(leavingSocket);
    const erased = await api().delete('/api/me', { token: leaving.accessToken });
    expect(erased.status).toBe(204);

    // Signed out everywhere: the live socket closes, old tokens and the refresh cookie are refused.
    expect(await socketClosed).toBe('io server disconnect');
    expect((await api().get('/api/me', { token: leaving.accessToken })).status).toBe(401);
    expect((await api().post('/api/auth/refresh', undefined, { cookie: leaving.refreshCookie })).status).toBe(401);
    const again = liveClient(app.baseUrl, leaving.accessToken);
    await expect(connected(again)).rejects.toThrow('UNAUTHENTICATED');
    again.disconnect();

    // Cannot sign in, and the e-mail is nowhere in the database.
    const signIn = await api().post('/api/auth/login', { email: leaving.email, password: TEST_PASSWORD });
    expect(signIn.status).toBe(401);
    expect(errorBody(signIn).code).toBe('INVALID_CREDENTIALS');
    const [{ n }] = (await sql.query(`SELECT count(*)::int AS n FROM users WHERE email = $1`, [leaving.email])) as [
      { n: number },
    ];
    expect(n).toBe(0);
    expect(await columnsHolding(leaving.email)).toEqual([]);
    expect(existsSync(uploads) ? readdirSync(uploads) : []).toEqual([]);

    // The person waiting got the place, and the lecturer hears the place was given up.
    const promoted = await api().get<Booking>(`/api/bookings/${queued.body.id}`, { token: waiting.accessToken });
    expect(promoted.body.status).toBe('confirmed');
    await eventually(async () => {
      const bell = await api().get<Page<Notification>>('/api/notifications', { token: lecturer.accessToken });
      return bell.body.items.some((item) => item.kind === 'booking' && item.body.includes('Erika Išeina'));
    });

    // The group stays, owned now by the member who remained.
    const detail = await api().get<GroupDetail>(`/api/groups/${group.id}`, { token: staying.accessToken });
    expect(detail.body.members).toEqual([expect.objectContaining({ id: staying.user.id, role: 'owner' })]);

    // Someone joining later reads the old conversation whole, by "deleted user".
    await addMember(app, staying, group.id, newcomer.user.id);
    const { joined: channel } = await live.join(newcomer, group.defaultRoomId);
    const oldProposal = channel.messages.find((message) => message.id === proposal.id);
    expect(oldProposal).toMatchObject({
      body: 'Mano pasiūlymas: susitikti Utenoje',
      author: { displayName: DELETED_USER_DISPLAY_NAME },
      deleted: false,
    });
    expect(channel.messages.find((message) => message.id === reply.id)?.parentId).toBe(proposal.id);
    const { joined: session } = await live.join(newcomer, consultation.id);
    expect(session.questions.find((item) => item.id === question.id)).toMatchObject({
      body: 'Kaip rasti partnerių?',
      author: { displayName: DELETED_USER_DISPLAY_NAME },
    });
  });

  it('gives up a place even past the cancellation cut-off, to the next in line', async () => {
    const [leaving, waiting, lecturer] = await Promise.all([
      signUp(app, 'Late Leaver'),
      signUp(app, 'Patient Waiter'),
      signUp(app, 'Cut-off Lecturer', 'lecturer'),
    ]);
    // Hour-long slots, cancellable until 60 minutes before: the next whole hour is past the cut-off already.
    await putHours(app, { id: lecturer.user.id, token: lecturer.accessToken, name: 'L' }, ROUND_THE_CLOCK(1));
    const start = wholeHourAhead(0);
    const place = await api().post<Booking>(
      '/api/bookings',
      { lecturerId: lecturer.user.id, start },
      { token: leaving.accessToken },
    );
    expect(place.body.status).toBe('confirmed');
    const tooLate = await api().delete(`/api/bookings/${place.body.id}`, { token: leaving.accessToken });
    expect(tooLate.status).toBe(409);
    const queued = await api().post<Booking>(
      '/api/bookings',
      { lecturerId: lecturer.user.id, start, waitlist: true },
      { token: waiting.accessToken },
    );
    expect(queued.body.status).toBe('waiting');

    expect((await api().delete('/api/me', { token: leaving.accessToken })).status).toBe(204);

    const promoted = await api().get<Booking>(`/api/bookings/${queued.body.id}`, { token: waiting.accessToken });
    expect(promoted.body.status).toBe('confirmed');
    const [slot] = (await sql.query(`SELECT booked, capacity FROM office_hour_slots WHERE lecturer_id = $1`, [
      lecturer.user.id,
    ])) as { booked: number; capacity: number }[];
    expect(slot).toEqual({ booked: 1, capacity: 1 });
    const bellOf = async (person: SignedInPerson) =>
      (await api().get<Page<Notification>>('/api/notifications', { token: person.accessToken })).body.items;
    await eventually(async () => (await bellOf(waiting)).some((item) => item.title.includes('freed up')));
    await eventually(async () =>
      (await bellOf(lecturer)).some((item) => item.title === 'Booking cancelled' && item.body.includes('Late Leaver')),
    );
  });

  it('tells the learners booked with a lecturer who leaves', async () => {
    const [lecturer, learner] = await Promise.all([
      signUp(app, 'Leaving Lecturer', 'lecturer'),
      signUp(app, 'Booked Learner'),
    ]);
    await putHours(app, { id: lecturer.user.id, token: lecturer.accessToken, name: 'L' }, ROUND_THE_CLOCK(2));
    const booked = await api().post<Booking>(
      '/api/bookings',
      { lecturerId: lecturer.user.id, start: wholeHourAhead(40) },
      { token: learner.accessToken },
    );
    expect(booked.status).toBe(201);
    expect((await api().delete('/api/me', { token: lecturer.accessToken })).status).toBe(204);
    await eventually(async () => {
      const bell = await api().get<Page<Notification>>('/api/notifications', { token: learner.accessToken });
      return bell.body.items.some(
        (item) => item.kind === 'booking' && /cancel|atšauk/i.test(`${item.title} ${item.body}`),
      );
    });
    const mine = await api().get<Page<Booking>>('/api/bookings', { token: learner.accessToken });
    expect(mine.body.items).toEqual([]);
  });

  it('refuses the last admin, and lets an admin go once another remains', async () => {
    const admin = await signInPrivacyAdmin(app);
    const refused = await api().delete('/api/me', { token: admin.accessToken });
    expect(refused.status).toBe(409);
    expect(errorBody(refused)).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/last active admin/) });
    expect((await api().get('/api/me', { token: admin.accessToken })).status).toBe(200);

    const successor: SignedInPerson = await signUp(app, 'Next Admin', 'admin');
    expect((await api().delete('/api/me', { token: admin.accessToken })).status).toBe(204);
    expect((await api().get('/api/me', { token: successor.accessToken })).body.role).toBe('admin');
  });
});
