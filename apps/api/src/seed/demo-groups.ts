/**
 * The demo's working groups: three cross-organisation groups with channels
 * and a conversation in Lithuanian and English (a thread, mentions and a
 * pin), so a person signing in lands on living groups. Organisations take
 * part as wholes, so the demo accounts of those organisations are members
 * through the database's own rules; the demo learners are added one by one
 * where their organisation does not take part. A few colleagues from the
 * partner organisations join the talk (they sign in with the demo password).
 */
import type { EntityManager } from 'typeorm';

import { DEMO_ORGANISATION_NAMES as orgs } from './demo-organisations';

interface DemoColleague {
  email: string;
  displayName: string;
  organisation: string;
  locale: 'lt' | 'en';
  timeZone: string;
}

export const DEMO_COLLEAGUES: readonly DemoColleague[] = [
  {
    email: 'jurgita.kairiene@klasteris.demo',
    displayName: 'Jurgita Kairienė',
    organisation: orgs.birzai,
    locale: 'lt',
    timeZone: 'Europe/Vilnius',
  },
  {
    email: 'dalia.petrauskaite@klasteris.demo',
    displayName: 'Dalia Petrauskaitė',
    organisation: orgs.birzaiHealth,
    locale: 'lt',
    timeZone: 'Europe/Vilnius',
  },
  {
    email: 'vytautas.stankevicius@klasteris.demo',
    displayName: 'Vytautas Stankevičius',
    organisation: orgs.prienaiCare,
    locale: 'lt',
    timeZone: 'Europe/Vilnius',
  },
  {
    email: 'lars.haugen@klasteris.demo',
    displayName: 'Lars Haugen',
    organisation: orgs.norway,
    locale: 'en',
    timeZone: 'Europe/Oslo',
  },
];

/** Who writes, by e-mail (a demo account or a colleague). */
const rasa = 'learner@klasteris.demo';
const tomas = 'learner.ngo@klasteris.demo';
const aiste = 'lecturer@klasteris.demo';
const ingrid = 'lecturer.no@klasteris.demo';
const mantas = 'moderator@klasteris.demo';
const jurgita = 'jurgita.kairiene@klasteris.demo';
const dalia = 'dalia.petrauskaite@klasteris.demo';
const vytautas = 'vytautas.stankevicius@klasteris.demo';
const lars = 'lars.haugen@klasteris.demo';

export interface DemoMessage {
  author: string;
  body: string;
  /** Index of an earlier message of the same channel this replies to. */
  replyTo?: number;
  mentions?: string[];
  pinned?: boolean;
}

export interface DemoGroup {
  name: string;
  description: string;
  owner: string;
  organisations: string[];
  /** Added one by one (their organisation does not take part). */
  members: string[];
  /** The first is the default channel. */
  channels: { name: string; messages: DemoMessage[] }[];
}

export const DEMO_GROUPS: readonly DemoGroup[] = [
  {
    name: 'Skurdo prevencija — Utena, Biržai ir partneriai',
    description:
      'Savivaldybių, visuomenės sveikatos biuro, bibliotekos ir NVO darbo grupė: kaip kartu pasiekti skurdo rizikos šeimas ir jas įtraukti.',
    owner: aiste,
    organisations: [orgs.utena, orgs.birzai, orgs.birzaiHealth, orgs.utenaLibrary, orgs.gintarine],
    members: [],
    channels: [
      {
        name: 'bendras',
        messages: [
          {
            author: aiste,
            body: 'Sveiki visi! Čia dalinamės patirtimi apie skurdo prevenciją. Susitikimų protokolai ir svarbiausi sprendimai bus prisegti šiame kanale.',
            pinned: true,
          },
          {
            author: jurgita,
            body: 'Biržuose šiemet pradėjome mobilias socialinio darbuotojo konsultacijas seniūnijose. Per tris mėnesius atėjo 140 žmonių, daugiausia vyresnio amžiaus.',
          },
          {
            author: rasa,
            body: 'Labai įdomu! Utenoje panašiai dirbame per biblioteką: skaityklose kartą per savaitę konsultuoja Užimtumo tarnybos specialistė.',
            replyTo: 1,
          },
          {
            author: dalia,
            body: 'Prie konsultacijų galime prijungti ir sveikatos stiprinimo užsiėmimus. Sveikatą ir skurdą sunku atskirti, ypač kaimo vietovėse.',
            replyTo: 1,
          },
          {
            author: tomas,
            body: '@Jurgita Kairienė, ar galėtumėte pasidalinti, kaip atrinkote seniūnijas? Norėtume šį modelį pasiūlyti ir savo partneriams.',
            mentions: [jurgita],
          },
          {
            author: jurgita,
            body: 'Žinoma. Rinkomės pagal socialinės paramos gavėjų dalį ir viešojo transporto prieinamumą. Lentelę įkelsiu į kanalą „duomenys“.',
            replyTo: 4,
          },
          {
            author: mantas,
            body: 'Primenu: kitas nuotolinis susitikimas ketvirtadienį 10 val. Darbotvarkėje — bendras projektas su Utenos biblioteka.',
          },
        ],
      },
      {
        name: 'renginiai',
        messages: [
          {
            author: rasa,
            body: 'Utenos viešoji biblioteka gegužės 15 d. rengia atvirų durų dieną šeimoms. Kviečiame partnerius prisijungti su savo stendais.',
          },
          {
            author: dalia,
            body: 'Biržų visuomenės sveikatos biuras atvyks: matuosime kraujospūdį ir pasakosime apie nemokamas sveikatos programas.',
            replyTo: 0,
          },
        ],
      },
      {
        name: 'duomenys',
        messages: [
          {
            author: jurgita,
            body: 'Įkeliu seniūnijų atrankos kriterijus: paramos gavėjų dalis, atstumas iki paslaugų, viešasis transportas. Pastabas rašykite čia.',
            pinned: true,
          },
        ],
      },
    ],
  },
  {
    name: 'Globos deinstitucionalizacija — Prienai, Druskininkai',
    description:
      'Perėjimas nuo didelių globos įstaigų prie bendruomeninių paslaugų: grupiniai gyvenimo namai, pagalba šeimoms, darbuotojų mokymai.',
    owner: aiste,
    organisations: [orgs.prienai, orgs.prienaiCare, orgs.druskininkai, orgs.democraticCollege],
    members: [rasa, tomas],
    channels: [
      {
        name: 'bendras',
        messages: [
          {
            author: vytautas,
            body: 'Prienų globos namuose šį rudenį atidarėme antrus grupinio gyvenimo namus. Didžiausias iššūkis — rasti darbuotojų ir juos apmokyti.',
          },
          {
            author: aiste,
            body: 'Ačiū, Vytautai. Kitame modulyje kaip tik nagrinėsime darbuotojų kompetencijas. Gal galėtumėte papasakoti apie savo mokymų planą?',
            replyTo: 0,
          },
          {
            author: vytautas,
            body: 'Mielai. Mokymus rengiame kartu su kolegija: pusė teorijos, pusė praktikos bendruomeniniuose namuose.',
            replyTo: 0,
          },
          {
            author: tomas,
            body: 'NVO galėtų padėti su savanoriais. @Vytautas Stankevičius, parašysiu jums dėl bendro projekto paraiškos.',
            mentions: [vytautas],
          },
        ],
      },
      {
        name: 'bendruomeniniai namai',
        messages: [
          {
            author: vytautas,
            body: 'Dalinuosi grupinio gyvenimo namų dienotvarkės pavyzdžiu: gyventojai patys planuoja pirkinius ir maisto gaminimą.',
            pinned: true,
          },
        ],
      },
    ],
  },
  {
    name: 'Norway–Lithuania exchange on flexible education',
    description:
      'Partners from Flexible Education Norway and Lithuanian municipalities share how adults learn at their own pace, and plan study visits.',
    owner: ingrid,
    organisations: [orgs.norway, orgs.university, orgs.druskininkaiEducation],
    members: [rasa, tomas],
    channels: [
      {
        name: 'general',
        messages: [
          {
            author: ingrid,
            body: 'Welcome to the exchange group! Please introduce yourselves: where you work and what you would like to learn from the other country.',
            pinned: true,
          },
          {
            author: rasa,
            body: 'Hi, I am Rasa from Utena district municipality. We run evening courses for social workers and would love to learn how you organise blended learning.',
            replyTo: 0,
          },
          {
            author: lars,
            body: 'Hello from Oslo! Our adult learners mostly study online with monthly meetings. Happy to share our course design templates.',
            replyTo: 0,
          },
          {
            author: tomas,
            body: '@Lars Haugen, could we see one of the templates before the meeting on Thursday? We are planning a similar course for NGOs.',
            mentions: [lars],
          },
          {
            author: lars,
            body: 'Of course, I will post it in study-visits together with the meeting notes.',
            replyTo: 3,
          },
        ],
      },
      {
        name: 'study-visits',
        messages: [
          {
            author: ingrid,
            body: 'The study visit to Druskininkai education centre is planned for the first week of March. We can host two Lithuanian colleagues in Oslo in April.',
          },
          {
            author: aiste,
            body: 'Puiku! The university can cover travel for two participants. Let us agree on the programme at the next meeting.',
            replyTo: 0,
          },
        ],
      },
    ],
  },
];

/** Minutes between demo messages, counting back from now, so the newest is a few minutes old. */
const MINUTES_APART = 47;

export async function insertDemoGroups(manager: EntityManager): Promise<void> {
  const organisationIds = await idsBy(manager, `SELECT name AS key, id FROM organisations`);
  // Colleagues sign in with the demo password: their hash is the demo learner's.
  await manager.query(
    `INSERT INTO users (email, password_hash, display_name, role, organisation_id, locale, time_zone)
     SELECT c.email, l.password_hash, c.display_name, 'learner', c.organisation_id, c.locale, c.time_zone
       FROM jsonb_to_recordset($1::jsonb) AS c(email text, display_name text, organisation_id uuid, locale text, time_zone text)
       CROSS JOIN (SELECT password_hash FROM users WHERE email = $2) l
     ON CONFLICT DO NOTHING`,
    [
      JSON.stringify(
        DEMO_COLLEAGUES.map((colleague) => ({
          email: colleague.email,
          display_name: colleague.displayName,
          organisation_id: organisationIds.get(colleague.organisation) ?? null,
          locale: colleague.locale,
          time_zone: colleague.timeZone,
        })),
      ),
      rasa,
    ],
  );
  const userIds = await idsBy(manager, `SELECT email AS key, id FROM users`);
  const totalMessages = DEMO_GROUPS.flatMap((group) => group.channels.flatMap((channel) => channel.messages)).length;
  let minutesAgo = totalMessages * MINUTES_APART;

  for (const group of DEMO_GROUPS) {
    const ownerId = userIds.get(group.owner);
    if (!ownerId) continue;
    const [{ id: groupId }] = (await manager.query(
      `INSERT INTO groups (name, description, created_by, created_at) VALUES ($1, $2, $3, now() - interval '30 days') RETURNING id`,
      [group.name, group.description, ownerId],
    )) as [{ id: string }];
    const roomIds: string[] = [];
    for (const [index, channel] of group.channels.entries()) {
      const [{ id: roomId }] = (await manager.query(
        `INSERT INTO rooms (kind, name, audience, private) VALUES ('channel', $1, 'members', true) RETURNING id`,
        [channel.name],
      )) as [{ id: string }];
      await manager.query(
        `INSERT INTO group_channels (room_id, group_id, is_default, name_key) VALUES ($1, $2, $3, lower($4))`,
        [roomId, groupId, index === 0, channel.name],
      );
      roomIds.push(roomId);
    }
    await manager.query(
      `INSERT INTO group_members (group_id, user_id, role, direct, via_organisation) VALUES ($1, $2, 'owner', true, false)`,
      [groupId, ownerId],
    );
    for (const email of group.members) {
      const userId = userIds.get(email);
      if (!userId) continue;
      await manager.query(
        `INSERT INTO group_members (group_id, user_id, role, direct, via_organisation) VALUES ($1, $2, 'member', true, false)
         ON CONFLICT (group_id, user_id) DO UPDATE SET direct = true`,
        [groupId, userId],
      );
    }
    for (const organisation of group.organisations) {
      const organisationId = organisationIds.get(organisation);
      if (!organisationId) continue;
      await manager.query(`INSERT INTO group_organisations (group_id, organisation_id) VALUES ($1, $2)`, [
        groupId,
        organisationId,
      ]);
      await manager.query(
        `INSERT INTO group_members (group_id, user_id, role, direct, via_organisation)
         SELECT $1, u.id, 'member', false, true FROM users u WHERE u.organisation_id = $2
         ON CONFLICT (group_id, user_id) DO UPDATE SET via_organisation = true`,
        [groupId, organisationId],
      );
    }

    for (const [channelIndex, channel] of group.channels.entries()) {
      const roomId = roomIds[channelIndex];
      if (!roomId) continue;
      const messageIds: string[] = [];
      for (const [index, message] of channel.messages.entries()) {
        const authorId = userIds.get(message.author) ?? null;
        const parentId = message.replyTo === undefined ? null : (messageIds[message.replyTo] ?? null);
        const [{ id }] = (await manager.query(
          `INSERT INTO messages (room_id, seq, author_id, parent_id, client_msg_id, body, created_at, pinned_at, pinned_by)
           VALUES ($1, $2, $3, $4, $5, $6, now() - make_interval(mins => $7),
                   CASE WHEN $8 THEN now() - make_interval(mins => $7) END, CASE WHEN $8 THEN $9::uuid END)
           RETURNING id`,
          [
            roomId,
            index + 1,
            authorId,
            parentId,
            `demo-${roomId}-${index + 1}`,
            message.body,
            minutesAgo,
            message.pinned === true,
            ownerId,
          ],
        )) as [{ id: string }];
        messageIds.push(id);
        minutesAgo -= MINUTES_APART;
        const mentioned = (message.mentions ?? [])
          .map((email) => userIds.get(email))
          .filter((userId) => userId !== undefined);
        if (mentioned.length > 0) {
          await manager.query(
            `INSERT INTO message_mentions (message_id, user_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
            [id, mentioned],
          );
        }
      }
      await manager.query(`UPDATE rooms SET last_seq = $2 WHERE id = $1`, [roomId, channel.messages.length]);
      // Authors have read what they wrote up to their own last message.
      await manager.query(
        `UPDATE room_members rm SET last_read_seq = last.seq
           FROM (SELECT author_id, max(seq) AS seq FROM messages WHERE room_id = $1 GROUP BY author_id) last
          WHERE rm.room_id = $1 AND rm.user_id = last.author_id`,
        [roomId],
      );
    }
  }
}

async function idsBy(manager: EntityManager, sql: string): Promise<Map<string, string>> {
  const rows = (await manager.query(sql)) as { key: string; id: string }[];
  return new Map(rows.map((row) => [row.key, row.id]));
}
