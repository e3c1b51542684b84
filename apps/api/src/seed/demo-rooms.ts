/** The demo's open room: every signed-in person can enter it from the home page. */
import type { EntityManager } from 'typeorm';

export const DEMO_OPEN_ROOM = {
  name: 'Klasterio kavinė · Cluster café',
  welcome: [
    'Sveiki atvykę! Čia galima trumpai aptarti programos naujienas ir susitarti dėl susitikimų.',
    'Welcome! Use this room for quick questions about the programme and to arrange meetings.',
  ],
};

export async function insertDemoRooms(manager: EntityManager, authorEmail: string): Promise<void> {
  const [room] = (await manager.query(
    `INSERT INTO rooms (kind, name, audience) VALUES ('channel', $1, 'signed_in') RETURNING id`,
    [DEMO_OPEN_ROOM.name],
  )) as { id: string }[];
  const [author] = (await manager.query(`SELECT id FROM users WHERE email = $1`, [authorEmail])) as { id: string }[];
  if (!room || !author) return;
  await manager.query(`INSERT INTO room_members (room_id, user_id) VALUES ($1, $2)`, [room.id, author.id]);
  for (const [index, body] of DEMO_OPEN_ROOM.welcome.entries()) {
    await manager.query(
      `INSERT INTO messages (room_id, seq, author_id, client_msg_id, body) VALUES ($1, $2, $3, $4, $5)`,
      [room.id, index + 1, author.id, `demo-welcome-${index + 1}`, body],
    );
  }
  await manager.query(`UPDATE rooms SET last_seq = $2 WHERE id = $1`, [room.id, DEMO_OPEN_ROOM.welcome.length]);
}
