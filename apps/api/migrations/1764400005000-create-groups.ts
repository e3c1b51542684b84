/**
 * Working groups on top of the rooms engine, with the database keeping the
 * membership promises:
 *
 * - `group_members` says who is in a group: added one by one (`direct`), or
 *   because their organisation takes part (`via_organisation`), or both.
 * - `room_members` stays the one source of room access. Triggers keep it in
 *   step with `group_members` (every member is a member of every channel,
 *   and a new channel has every member at once), so no feature has to call
 *   groups code for access to be right.
 * - A trigger on `users.organisation_id` puts people who join a taking-part
 *   organisation later (registering with it, or moved to it) into its groups,
 *   and takes them out of the groups they were in only through the old one.
 * - `rooms.private`: people who are not members are told such a room does not
 *   exist (404), not that they may not enter it.
 *
 * Messages gain pins, mentions and full-text search. PostgreSQL has no
 * Lithuanian dictionary, and `unaccent` is an extension a managed database
 * may not let us create, so `klasteris_fold` folds Latin diacritics with
 * translate(): one character for one character, so positions in the folded
 * text are positions in the original (search snippets rely on this). The
 * GIN index is on an IMMUTABLE expression: the 'simple' configuration keeps
 * every word as written (weight A), 'english' adds stems (weight B).
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Each plain letter and the accented letters folded to it (Lithuanian ones first, then other Latin letters). */
const FOLDED_LETTERS: Readonly<Record<string, string>> = {
  a: 'ąàáâãäåāăæ',
  c: 'čçćĉċ',
  d: 'ďđ',
  e: 'ęėèéêëēĕě',
  g: 'ğĝġģ',
  h: 'ĥħ',
  i: 'įìíîïīĭĩı',
  j: 'ĵ',
  k: 'ķ',
  l: 'ĺļľŀł',
  n: 'ñńņň',
  o: 'òóôõöøōŏőœ',
  r: 'ŕŗř',
  s: 'šśŝşß',
  t: 'ţťŧ',
  u: 'ųūùúûüũůű',
  w: 'ŵ',
  y: 'ýÿŷ',
  z: 'žźż',
  A: 'ĄÀÁÂÃÄÅĀĂÆ',
  C: 'ČÇĆĈĊ',
  D: 'ĎĐ',
  E: 'ĘĖÈÉÊËĒĔĚ',
  G: 'ĞĜĠĢ',
  H: 'ĤĦ',
  I: 'ĮÌÍÎÏĪĬĨİ',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'ĹĻĽĿŁ',
  N: 'ÑŃŅŇ',
  O: 'ÒÓÔÕÖØŌŎŐŒ',
  R: 'ŔŖŘ',
  S: 'ŠŚŜŞ',
  T: 'ŢŤŦ',
  U: 'ŲŪÙÚÛÜŨŮŰ',
  W: 'Ŵ',
  Y: 'ÝŸŶ',
  Z: 'ŽŹŻ',
};

/** pg_advisory_xact_lock class of "people of this organisation are joining groups" (GroupsService uses it too). */
export const ORGANISATION_MEMBERSHIP_LOCK = 741_852_965;

const sqlString = (text: string) => `'${text.replace(/'/g, "''")}'`;

export class CreateGroups1764400005000 implements MigrationInterface {
  name = 'CreateGroups1764400005000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const letters = Object.entries(FOLDED_LETTERS).flatMap(([plain, accented]) =>
      [...accented].map((char) => [char, plain]),
    );
    const from = letters.map(([accented]) => accented).join('');
    const to = letters.map(([, plain]) => plain).join('');

    await queryRunner.query(`ALTER TABLE rooms ADD COLUMN private boolean NOT NULL DEFAULT false`);

    await queryRunner.query(`
      CREATE TABLE groups (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CONSTRAINT groups_name_check CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        description text NOT NULL DEFAULT '' CONSTRAINT groups_description_check CHECK (length(description) <= 2000),
        created_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE group_channels (
        room_id uuid PRIMARY KEY REFERENCES rooms (id) ON DELETE CASCADE,
        group_id uuid NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
        is_default boolean NOT NULL DEFAULT false,
        name_key text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX group_channels_default_key ON group_channels (group_id) WHERE is_default`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX group_channels_name_key ON group_channels (group_id, name_key)`);
    await queryRunner.query(`
      CREATE TABLE group_organisations (
        group_id uuid NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
        added_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (group_id, organisation_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX group_organisations_organisation_idx ON group_organisations (organisation_id)`,
    );
    await queryRunner.query(`
      CREATE TABLE group_members (
        group_id uuid NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        role text NOT NULL DEFAULT 'member' CONSTRAINT group_members_role_check CHECK (role IN ('owner', 'member')),
        direct boolean NOT NULL,
        via_organisation boolean NOT NULL,
        added_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (group_id, user_id),
        CONSTRAINT group_members_reason_check CHECK (direct OR via_organisation),
        CONSTRAINT group_members_owner_direct_check CHECK (role <> 'owner' OR direct)
      )`);
    await queryRunner.query(`CREATE INDEX group_members_user_idx ON group_members (user_id)`);

    // room_members follows group_members. A newcomer starts with the channel's history read, not thousands unread.
    await queryRunner.query(`
      CREATE FUNCTION group_members_added() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO room_members (room_id, user_id, last_read_seq)
        SELECT gc.room_id, added.user_id, r.last_seq
          FROM added JOIN group_channels gc ON gc.group_id = added.group_id JOIN rooms r ON r.id = gc.room_id
        ON CONFLICT DO NOTHING;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER group_members_added AFTER INSERT ON group_members
        REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION group_members_added()`);
    await queryRunner.query(`
      CREATE FUNCTION group_members_removed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM room_members rm
         USING removed JOIN group_channels gc ON gc.group_id = removed.group_id
         WHERE rm.room_id = gc.room_id AND rm.user_id = removed.user_id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER group_members_removed AFTER DELETE ON group_members
        REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION group_members_removed()`);
    await queryRunner.query(`
      CREATE FUNCTION group_channels_added() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO room_members (room_id, user_id)
        SELECT added.room_id, gm.user_id FROM added JOIN group_members gm ON gm.group_id = added.group_id
        ON CONFLICT DO NOTHING;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER group_channels_added AFTER INSERT ON group_channels
        REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION group_channels_added()`);

    // People follow their organisation: in when they join a taking-part one, out of what only the old one gave them.
    await queryRunner.query(`
      CREATE FUNCTION group_members_follow_organisation() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          IF OLD.organisation_id IS NOT DISTINCT FROM NEW.organisation_id THEN RETURN NULL; END IF;
          IF OLD.organisation_id IS NOT NULL THEN
            DELETE FROM group_members gm USING group_organisations go
             WHERE gm.user_id = NEW.id AND NOT gm.direct
               AND go.group_id = gm.group_id AND go.organisation_id = OLD.organisation_id
               AND NOT EXISTS (SELECT 1 FROM group_organisations stay
                                WHERE stay.group_id = gm.group_id AND stay.organisation_id = NEW.organisation_id);
            UPDATE group_members gm SET via_organisation = false FROM group_organisations go
             WHERE gm.user_id = NEW.id AND gm.via_organisation
               AND go.group_id = gm.group_id AND go.organisation_id = OLD.organisation_id
               AND NOT EXISTS (SELECT 1 FROM group_organisations stay
                                WHERE stay.group_id = gm.group_id AND stay.organisation_id = NEW.organisation_id);
          END IF;
        END IF;
        IF NEW.organisation_id IS NOT NULL THEN
          -- Taken by adding an organisation to a group too: a person registering meanwhile is not missed by both.
          PERFORM pg_advisory_xact_lock(${ORGANISATION_MEMBERSHIP_LOCK}, hashtext(NEW.organisation_id::text));
          INSERT INTO group_members (group_id, user_id, role, direct, via_organisation)
          SELECT go.group_id, NEW.id, 'member', false, true FROM group_organisations go
           WHERE go.organisation_id = NEW.organisation_id
          ON CONFLICT (group_id, user_id) DO UPDATE SET via_organisation = true;
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER users_group_membership AFTER INSERT OR UPDATE OF organisation_id ON users
        FOR EACH ROW EXECUTE FUNCTION group_members_follow_organisation()`);

    await queryRunner.query(`ALTER TABLE messages ADD COLUMN pinned_at timestamptz`);
    await queryRunner.query(`ALTER TABLE messages ADD COLUMN pinned_by uuid REFERENCES users (id) ON DELETE SET NULL`);
    await queryRunner.query(
      `CREATE INDEX messages_pinned_idx ON messages (room_id, pinned_at DESC) WHERE pinned_at IS NOT NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE message_mentions (
        message_id uuid NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        PRIMARY KEY (message_id, user_id)
      )`);
    await queryRunner.query(`CREATE INDEX message_mentions_user_idx ON message_mentions (user_id)`);

    // Index builds and ANALYZE run index expressions with search_path = pg_catalog (PostgreSQL 17+): name the schema.
    const [{ schema }] = (await queryRunner.query(`SELECT quote_ident(current_schema()) AS schema`)) as [
      { schema: string },
    ];
    await queryRunner.query(`
      CREATE FUNCTION klasteris_fold(input text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT translate($1, ${sqlString(from)}, ${sqlString(to)}) $$`);
    await queryRunner.query(`
      CREATE FUNCTION message_search_vector(body text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT setweight(to_tsvector('simple'::regconfig, ${schema}.klasteris_fold($1)), 'A')
                || setweight(to_tsvector('english'::regconfig, ${schema}.klasteris_fold($1)), 'B') $$`);
    // Deleted and hidden messages are never found, so they are not even indexed.
    await queryRunner.query(`
      CREATE INDEX messages_search_idx ON messages USING gin (message_search_vector(body))
        WHERE deleted_at IS NULL AND hidden_at IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX messages_search_idx`);
    await queryRunner.query(`DROP FUNCTION message_search_vector(text)`);
    await queryRunner.query(`DROP FUNCTION klasteris_fold(text)`);
    await queryRunner.query(`DROP TABLE message_mentions`);
    await queryRunner.query(`DROP INDEX messages_pinned_idx`);
    await queryRunner.query(`ALTER TABLE messages DROP COLUMN pinned_by, DROP COLUMN pinned_at`);
    await queryRunner.query(`DROP TRIGGER users_group_membership ON users`);
    await queryRunner.query(`DROP FUNCTION group_members_follow_organisation()`);
    await queryRunner.query(`DROP TABLE group_members`);
    await queryRunner.query(`DROP FUNCTION group_members_added()`);
    await queryRunner.query(`DROP FUNCTION group_members_removed()`);
    await queryRunner.query(`DROP TABLE group_organisations`);
    await queryRunner.query(`DROP TABLE group_channels`);
    await queryRunner.query(`DROP FUNCTION group_channels_added()`);
    await queryRunner.query(`DROP TABLE groups`);
    await queryRunner.query(`ALTER TABLE rooms DROP COLUMN private`);
  }
}
