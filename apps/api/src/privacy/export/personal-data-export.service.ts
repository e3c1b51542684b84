/**
 * A person's own data as one JSON document (`GET /api/me/export`). Every
 * query is keyed by the person's id, so nobody else's items can appear;
 * other people are named at most (a lecturer's name on a booking). Deleted
 * and hidden messages are included with the text still stored (none once the
 * retention purge has run). All sections are read from one snapshot.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Locale, PersonalDataExport } from '@klasteris/contracts';
import { DataSource, EntityManager } from 'typeorm';

import { notFound } from '../../platform/errors/domain-error';
import { NotificationPreferencesService } from '../../notifications/preferences/notification-preferences.service';

type Section<K extends keyof PersonalDataExport> = PersonalDataExport[K];

const iso = (value: Date) => value.toISOString();
const isoOrNull = (value: Date | null) => (value ? value.toISOString() : null);

@Injectable()
export class PersonalDataExportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly preferences: NotificationPreferencesService,
  ) {}

  async export(userId: string, now = new Date()): Promise<PersonalDataExport> {
    const sections = await this.db.transaction('REPEATABLE READ', async (manager) => {
      await manager.query('SET TRANSACTION READ ONLY');
      const profile = await readProfile(manager, userId);
      return {
        profile,
        groups: await readGroups(manager, userId),
        enrolments: await readEnrolments(manager, userId, profile.locale),
        messages: await readMessages(manager, userId),
        questions: await readQuestions(manager, userId),
        votes: await readVotes(manager, userId),
        bookings: await readBookings(manager, userId),
        submissions: await readSubmissions(manager, userId, profile.locale),
        notifications: await readNotifications(manager, userId),
        reports: await readReports(manager, userId),
      };
    });
    return {
      exportedAt: iso(now),
      ...sections,
      notificationPreferences: await this.preferences.list(userId),
    };
  }
}

async function readProfile(manager: EntityManager, userId: string): Promise<Section<'profile'>> {
  const [row] = (await manager.query(
    `SELECT u.id, u.email, u.display_name, u.role, u.locale, u.time_zone, o.name AS organisation_name, u.created_at
       FROM users u LEFT JOIN organisations o ON o.id = u.organisation_id
      WHERE u.id = $1`,
    [userId],
  )) as {
    id: string;
    email: string;
    display_name: string;
    role: Section<'profile'>['role'];
    locale: Locale;
    time_zone: string;
    organisation_name: string | null;
    created_at: Date;
  }[];
  if (!row) throw notFound('The person');
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    locale: row.locale,
    timeZone: row.time_zone,
    organisationName: row.organisation_name,
    createdAt: iso(row.created_at),
  };
}

async function readGroups(manager: EntityManager, userId: string): Promise<Section<'groups'>> {
  const rows = (await manager.query(
    `SELECT g.id, g.name, gm.added_at FROM group_members gm JOIN groups g ON g.id = gm.group_id
      WHERE gm.user_id = $1 ORDER BY gm.added_at, g.id`,
    [userId],
  )) as { id: string; name: string; added_at: Date }[];
  return rows.map((row) => ({ id: row.id, name: row.name, joinedAt: iso(row.added_at) }));
}

async function readEnrolments(manager: EntityManager, userId: string, locale: Locale): Promise<Section<'enrolments'>> {
  const rows = (await manager.query(
    `SELECT p.id, p.title ->> $2 AS title, e.enrolled_at FROM enrolments e JOIN programmes p ON p.id = e.programme_id
      WHERE e.user_id = $1 ORDER BY e.enrolled_at, p.id`,
    [userId, locale],
  )) as { id: string; title: string; enrolled_at: Date }[];
  return rows.map((row) => ({ programmeId: row.id, programmeTitle: row.title, enrolledAt: iso(row.enrolled_at) }));
}

async function readMessages(manager: EntityManager, userId: string): Promise<Section<'messages'>> {
  const rows = (await manager.query(
    `SELECT m.id, m.room_id, r.name AS room_name, m.seq, m.body, m.created_at, m.edited_at, m.deleted_at, m.hidden_at
       FROM messages m JOIN rooms r ON r.id = m.room_id
      WHERE m.author_id = $1 ORDER BY m.created_at, m.id`,
    [userId],
  )) as {
    id: string;
    room_id: string;
    room_name: string;
    seq: string;
    body: string;
    created_at: Date;
    edited_at: Date | null;
    deleted_at: Date | null;
    hidden_at: Date | null;
  }[];
  return rows.map((row) => ({
    id: row.id,
    roomId: row.room_id,
    roomName: row.room_name,
    seq: Number(row.seq),
    body: row.body,
    createdAt: iso(row.created_at),
    editedAt: isoOrNull(row.edited_at),
    deleted: row.deleted_at !== null,
    hidden: row.hidden_at !== null,
  }));
}

async function readQuestions(manager: EntityManager, userId: string): Promise<Section<'questions'>> {
  const rows = (await manager.query(
    `SELECT q.id, q.room_id, r.name AS room_name, q.body, q.anonymous, q.status, q.answer, q.created_at
       FROM questions q JOIN rooms r ON r.id = q.room_id
      WHERE q.author_id = $1 ORDER BY q.created_at, q.id`,
    [userId],
  )) as {
    id: string;
    room_id: string;
    room_name: string;
    body: string;
    anonymous: boolean;
    status: Section<'questions'>[number]['status'];
    answer: string | null;
    created_at: Date;
  }[];
  return rows.map((row) => ({
    id: row.id,
    roomId: row.room_id,
    roomName: row.room_name,
    body: row.body,
    anonymous: row.anonymous,
    status: row.status,
    answer: row.answer,
    createdAt: iso(row.created_at),
  }));
}

async function readVotes(manager: EntityManager, userId: string): Promise<Section<'votes'>> {
  const rows = (await manager.query(
    `SELECT v.question_id, q.body, v.created_at FROM question_votes v JOIN questions q ON q.id = v.question_id
      WHERE v.user_id = $1 ORDER BY v.created_at, v.question_id`,
    [userId],
  )) as { question_id: string; body: string; created_at: Date }[];
  return rows.map((row) => ({ questionId: row.question_id, questionBody: row.body, votedAt: iso(row.created_at) }));
}

async function readBookings(manager: EntityManager, userId: string): Promise<Section<'bookings'>> {
  const rows = (await manager.query(
    `SELECT b.id, l.display_name AS lecturer_name, s.starts_at, s.ends_at, b.status, b.question, b.created_at
       FROM bookings b JOIN office_hour_slots s ON s.id = b.slot_id JOIN users l ON l.id = s.lecturer_id
      WHERE b.learner_id = $1 ORDER BY s.starts_at, b.id`,
    [userId],
  )) as {
    id: string;
    lecturer_name: string;
    starts_at: Date;
    ends_at: Date;
    status: Section<'bookings'>[number]['status'];
    question: string | null;
    created_at: Date;
  }[];
  return rows.map((row) => ({
    id: row.id,
    lecturerName: row.lecturer_name,
    start: iso(row.starts_at),
    end: iso(row.ends_at),
    status: row.status,
    question: row.question,
    createdAt: iso(row.created_at),
  }));
}

async function readSubmissions(
  manager: EntityManager,
  userId: string,
  locale: Locale,
): Promise<Section<'submissions'>> {
  const rows = (await manager.query(
    `SELECT s.id, a.title ->> $2 AS assignment_title, s.body, f.original_name, rv.verdict, rv.feedback, s.submitted_at
       FROM submissions s JOIN assignments a ON a.id = s.assignment_id
       LEFT JOIN stored_files f ON f.id = s.file_id
       LEFT JOIN reviews rv ON rv.submission_id = s.id
      WHERE s.learner_id = $1 ORDER BY s.submitted_at, s.id`,
    [userId, locale],
  )) as {
    id: string;
    assignment_title: string;
    body: string;
    original_name: string | null;
    verdict: string | null;
    feedback: string | null;
    submitted_at: Date;
  }[];
  return rows.map((row) => ({
    id: row.id,
    assignmentTitle: row.assignment_title,
    text: row.body === '' ? null : row.body,
    fileName: row.original_name,
    verdict: row.verdict,
    feedback: row.feedback,
    submittedAt: iso(row.submitted_at),
  }));
}

async function readNotifications(manager: EntityManager, userId: string): Promise<Section<'notifications'>> {
  const rows = (await manager.query(
    `SELECT id, kind, title, body, created_at, read_at FROM notifications
      WHERE recipient_id = $1 ORDER BY created_at, id`,
    [userId],
  )) as {
    id: string;
    kind: Section<'notifications'>[number]['kind'];
    title: string;
    body: string;
    created_at: Date;
    read_at: Date | null;
  }[];
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    createdAt: iso(row.created_at),
    readAt: isoOrNull(row.read_at),
  }));
}

async function readReports(manager: EntityManager, userId: string): Promise<Section<'reports'>> {
  const rows = (await manager.query(
    `SELECT id, target_type, target_id, reason, status, created_at FROM reports
      WHERE reporter_id = $1 ORDER BY created_at, id`,
    [userId],
  )) as {
    id: string;
    target_type: Section<'reports'>[number]['targetType'];
    target_id: string;
    reason: string;
    status: Section<'reports'>[number]['status'];
    created_at: Date;
  }[];
  return rows.map((row) => ({
    id: row.id,
    targetType: row.target_type,
    targetId: row.target_id,
    reason: row.reason,
    status: row.status,
    createdAt: iso(row.created_at),
  }));
}
