/**
 * Who may read a room, as one SQL condition, so RoomsService's checks, its
 * room list and features' lists of rooms (consultations) decide the same way.
 *
 * - `members`: the listed members (moderators and admins enter any room).
 * - `signed_in`: every signed-in person.
 * - `module`: the enrolled learners and the lecturers of the module's
 *   programme, whether or not they entered before: access follows the
 *   enrolment, so someone who leaves the programme loses the room.
 */
export interface RoomAccessParams {
  /** The rooms alias in the query. */
  room: string;
  /** The placeholder of the person's id, e.g. `$2`. */
  userId: string;
  /** The placeholder of "the person moderates" (moderator or admin), a boolean. */
  moderates: string;
}

export function roomReadableSql({ room, userId, moderates }: RoomAccessParams): string {
  return `(${moderates}::boolean OR CASE ${room}.audience
      WHEN 'signed_in' THEN true
      WHEN 'members' THEN EXISTS (SELECT 1 FROM room_members am WHERE am.room_id = ${room}.id AND am.user_id = ${userId})
      WHEN 'module' THEN EXISTS (
        SELECT 1 FROM programme_modules apm
         WHERE apm.id = ${room}.module_id
           AND (EXISTS (SELECT 1 FROM enrolments ae WHERE ae.programme_id = apm.programme_id AND ae.user_id = ${userId})
             OR EXISTS (SELECT 1 FROM programme_lecturers apl WHERE apl.programme_id = apm.programme_id AND apl.user_id = ${userId})))
      ELSE false END)`;
}
