/**
 * Consultations: create (with their room, in one transaction), read, list,
 * start and end, and who presents one. Room access is RoomsService's
 * decision; this service adds who runs the session. Knows nothing of HTTP
 * or sockets.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  Consultation,
  ConsultationModeration,
  ConsultationState,
  LocalizedText,
  Page,
} from '@klasteris/contracts';
import { DataSource, EntityManager } from 'typeorm';

import type { AuthenticatedUser } from '../accounts/authenticated-user';
import { DomainError } from '../platform/errors/domain-error';
import { ProgrammeAccess } from '../programmes/programme-access';
import { DELETED_USER_NAME } from '../rooms/message-row';
import { roomReadableSql } from '../rooms/room-access-sql';
import { canModerate, RoomsService } from '../rooms/rooms.service';
import { CONSULTATION_STATE_SQL, consultationState, effectiveStartedAt } from './consultation-state';
import {
  cannotRunConsultation,
  consultationAlreadyEnded,
  consultationNotFound,
  notAConsultation,
} from './consultations.errors';

export interface CreateConsultationInput {
  title: string;
  moduleId?: string;
  startsAt?: string;
  moderation: ConsultationModeration;
}

/** What the question rules need to know about a consultation and the person acting in it. */
export interface ConsultationContext {
  id: string;
  moderation: ConsultationModeration;
  ended: boolean;
  /** Presents: the consultation's lecturer, a lecturer of its module's programme, a moderator or an admin. */
  canPresent: boolean;
  /** Starts and ends it: its lecturer, a lecturer of its module's programme, or an admin. */
  canRun: boolean;
}

interface ConsultationRow {
  id: string;
  kind: 'consultation';
  name: string;
  locked: boolean;
  slow_mode_seconds: number;
  last_seq: string | number;
  module_id: string | null;
  module_title: LocalizedText | null;
  title: string;
  lecturer_id: string | null;
  lecturer_name: string | null;
  starts_at: Date | null;
  started_at: Date | null;
  ended_at: Date | null;
  moderation: ConsultationModeration;
  is_lecturer: boolean;
  teaches_module: boolean;
  open_questions: number;
}

/** $1 is the person looking (may be null for a broadcast), used for is_lecturer and teaches_module. */
const CONSULTATION_SELECT = `
  SELECT c.id, r.kind, r.name, r.locked, r.slow_mode_seconds, r.last_seq, r.module_id, pm.title AS module_title,
         c.title, c.lecturer_id, lu.display_name AS lecturer_name, c.starts_at, c.started_at, c.ended_at, c.moderation,
         coalesce(c.lecturer_id = $1, false) AS is_lecturer,
         EXISTS (SELECT 1 FROM programme_lecturers pl WHERE pl.programme_id = pm.programme_id AND pl.user_id = $1)
           AS teaches_module,
         (SELECT count(*)::int FROM questions oq WHERE oq.room_id = c.id AND oq.status = 'open' AND oq.hidden_at IS NULL) AS open_questions
    FROM consultations c
    JOIN rooms r ON r.id = c.id
    LEFT JOIN programme_modules pm ON pm.id = r.module_id
    LEFT JOIN users lu ON lu.id = c.lecturer_id`;

type Person = Pick<AuthenticatedUser, 'id' | 'role'>;

@Injectable()
export class ConsultationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly rooms: RoomsService,
    private readonly programmes: ProgrammeAccess,
  ) {}

  /** Lecturers and admins; for a module, only one who teaches its programme (admins teach every programme). */
  async create(user: AuthenticatedUser, input: CreateConsultationInput): Promise<Consultation> {
    if (user.role !== 'lecturer' && user.role !== 'admin') {
      throw new DomainError('FORBIDDEN', 'Only lecturers can hold consultations');
    }
    if (input.moduleId) {
      const module = await this.programmes.moduleOrFail(input.moduleId);
      await this.programmes.assertTeaches(user, module.programmeId);
    }
    const id = await this.db.transaction(async (manager) => {
      const room = await this.rooms.create(
        {
          kind: 'consultation',
          name: input.title,
          audience: input.moduleId ? 'module' : 'signed_in',
          moduleId: input.moduleId,
          memberIds: [user.id],
        },
        manager,
      );
      await manager.query(
        `INSERT INTO consultations (id, title, lecturer_id, moderation, starts_at, started_at)
         VALUES ($1, $2, $3, $4, $5, CASE WHEN $5::timestamptz IS NULL THEN now() END)`,
        [room.id, input.title, user.id, input.moderation, input.startsAt ?? null],
      );
      return room.id;
    });
    return this.view(user, id);
  }

  /**
   * For the system (an office-hours slot opening at its start): a live
   * consultation of this lecturer open only to these members, created in the
   * caller's transaction. Returns its id (the room's). No access checks: the
   * caller decided who belongs.
   */
  async createForMembers(
    input: { title: string; lecturerId: string; memberIds: string[]; startsAt: Date; moderation?: ConsultationModeration },
    within: EntityManager,
  ): Promise<string> {
    const room = await this.rooms.create(
      { kind: 'consultation', name: input.title, audience: 'members', memberIds: input.memberIds },
      within,
    );
    await within.query(
      `INSERT INTO consultations (id, title, lecturer_id, moderation, starts_at, started_at) VALUES ($1, $2, $3, $4, $5, now())`,
      [room.id, input.title, input.lecturerId, input.moderation ?? 'post', input.startsAt],
    );
    return room.id;
  }

  /** 404 for a consultation the person may not see, as for one that does not exist. */
  async get(user: AuthenticatedUser, id: string): Promise<Consultation> {
    try {
      const room = await this.rooms.assertCanRead(user, id);
      if (room.kind !== 'consultation') throw consultationNotFound();
    } catch (error) {
      if (error instanceof DomainError && (error.code === 'FORBIDDEN' || error.code === 'NOT_FOUND')) {
        throw consultationNotFound();
      }
      throw error;
    }
    return this.view(user, id);
  }

  /**
   * Those the person may join. By default live and scheduled ones: live
   * first, then by start time (soonest first); with `state`, only that
   * state (ended ones most recently ended first).
   */
  async list(
    user: AuthenticatedUser,
    query: { state?: ConsultationState; cursor?: string; limit: number },
  ): Promise<Page<Consultation>> {
    const offset = query.cursor ? Number(query.cursor) : 0;
    const states: ConsultationState[] = query.state ? [query.state] : ['live', 'scheduled'];
    const order =
      query.state === 'ended'
        ? `c.ended_at DESC, c.id`
        : `(${CONSULTATION_STATE_SQL} = 'live') DESC, coalesce(c.starts_at, c.started_at) ASC, c.id`;
    const rows = (await this.db.query(
      `${CONSULTATION_SELECT}
        WHERE ${CONSULTATION_STATE_SQL} = ANY($2::text[])
          AND ${roomReadableSql({ room: 'r', userId: '$1', moderates: '$3' })}
        ORDER BY ${order}
        LIMIT $4 OFFSET $5`,
      [user.id, states, canModerate(user), query.limit + 1, offset],
    )) as ConsultationRow[];
    const more = rows.length > query.limit;
    const now = new Date();
    return {
      items: rows.slice(0, query.limit).map((row) => toConsultation(row, user, now)),
      nextCursor: more ? String(offset + query.limit) : null,
    };
  }

  /**
   * Live from now. Starting a live one changes nothing (`changed` false);
   * an ended one cannot start again.
   */
  async start(user: AuthenticatedUser, id: string): Promise<{ consultation: Consultation; changed: boolean }> {
    const context = await this.runnable(user, id);
    if (context.ended) throw consultationAlreadyEnded();
    const updated = (await this.db.query(
      `UPDATE consultations c SET started_at = now()
        WHERE c.id = $1 AND c.ended_at IS NULL AND c.started_at IS NULL AND (c.starts_at IS NULL OR c.starts_at > now())
        RETURNING c.id`,
      [id],
    )) as [unknown[], number];
    const changed = updated[1] > 0;
    if (!changed) {
      const current = await this.view(user, id);
      if (current.state === 'ended') throw consultationAlreadyEnded();
      return { consultation: current, changed };
    }
    return { consultation: await this.view(user, id), changed };
  }

  /**
   * Ended for good: it stays readable with its questions, but its chat is
   * locked (ROOM_LOCKED) and asking and voting are closed (CONFLICT).
   * Ending an ended one changes nothing.
   */
  async end(user: AuthenticatedUser, id: string): Promise<{ consultation: Consultation; changed: boolean }> {
    await this.runnable(user, id);
    const changed = await this.endNow(id);
    return { consultation: await this.view(user, id), changed };
  }

  /**
   * For the system (an office-hours slot's room, some time after the slot):
   * ends it exactly as `end` does, with no person to check. True when this
   * call ended it; false when it was ended already (or is no consultation),
   * so a repeated call changes nothing and the caller announces nothing.
   */
  endAsSystem(id: string): Promise<boolean> {
    return this.endNow(id);
  }

  /** The end itself; the conditional update makes one of two concurrent ends the one that changed it. */
  private endNow(id: string): Promise<boolean> {
    return this.db.transaction(async (manager) => {
      const updated = (await manager.query(
        `UPDATE consultations SET ended_at = now() WHERE id = $1 AND ended_at IS NULL RETURNING id`,
        [id],
      )) as [unknown[], number];
      if (updated[1] === 0) return false;
      await manager.query(`UPDATE rooms SET locked = true WHERE id = $1`, [id]);
      return true;
    });
  }

  /**
   * The consultation as the rules see it for this person. Checks nothing
   * about access: callers ask RoomsService first.
   */
  async context(user: Person, id: string): Promise<ConsultationContext> {
    const [row] = (await this.db.query(`${CONSULTATION_SELECT} WHERE c.id = $2`, [user.id, id])) as ConsultationRow[];
    if (!row) throw notAConsultation();
    return {
      id: row.id,
      moderation: row.moderation,
      ended: row.ended_at !== null,
      canPresent: canPresent(user, row),
      canRun: canRun(user, row),
    };
  }

  /** The consultation as one person sees it (canPresent is theirs), or as staff (true) or peers (false) for a broadcast. */
  async view(viewer: Person | { presents: boolean }, id: string): Promise<Consultation> {
    const userId = 'id' in viewer ? viewer.id : null;
    const [row] = (await this.db.query(`${CONSULTATION_SELECT} WHERE c.id = $2`, [userId, id])) as ConsultationRow[];
    if (!row) throw consultationNotFound();
    return toConsultation(row, 'id' in viewer ? viewer : viewer.presents, new Date());
  }

  private async runnable(user: AuthenticatedUser, id: string): Promise<ConsultationContext> {
    await this.get(user, id);
    const context = await this.context(user, id);
    if (!context.canRun) throw cannotRunConsultation();
    return context;
  }
}

/** The lecturers of a module's programme count only while they hold the lecturer role (as ProgrammeAccess says). */
function teachesIt(user: Person, row: Pick<ConsultationRow, 'is_lecturer' | 'teaches_module'>): boolean {
  return row.is_lecturer || (user.role === 'lecturer' && row.teaches_module);
}

function canPresent(user: Person, row: ConsultationRow): boolean {
  return canModerate(user) || teachesIt(user, row);
}

function canRun(user: Person, row: ConsultationRow): boolean {
  return user.role === 'admin' || teachesIt(user, row);
}

function toConsultation(row: ConsultationRow, viewer: Person | boolean, now: Date): Consultation {
  const times = { startsAt: row.starts_at, startedAt: row.started_at, endedAt: row.ended_at };
  const startedAt = effectiveStartedAt(times, now);
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    locked: row.locked,
    slowModeSeconds: row.slow_mode_seconds,
    lastSeq: Number(row.last_seq),
    title: row.title,
    moduleId: row.module_id,
    moduleTitle: row.module_title,
    lecturer: { id: row.lecturer_id ?? '', displayName: row.lecturer_name ?? DELETED_USER_NAME },
    startsAt: row.starts_at?.toISOString() ?? null,
    startedAt: startedAt?.toISOString() ?? null,
    endedAt: row.ended_at?.toISOString() ?? null,
    state: consultationState(times, now),
    moderation: row.moderation,
    canPresent: typeof viewer === 'boolean' ? viewer : canPresent(viewer, row),
    openQuestions: row.open_questions,
  };
}
