/**
 * Full-text search over a group's messages, served by the GIN index
 * `messages_search_idx` on `message_search_vector(body)` (groups migration):
 * diacritics folded on both sides, so "sveikata" finds "sveikatą" and
 * "Biržai" finds "Birzai"; 'simple' words rank above 'english' stems.
 * The person's words go through websearch_to_tsquery only, so no input can
 * be a syntax error: symbols are dropped, and a query left with no words
 * finds nothing. Deleted and hidden messages are not in the index.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { GroupSearchHit, Page } from '@klasteris/contracts';
import { DataSource } from 'typeorm';

import type { AuthenticatedUser } from '../accounts/authenticated-user';
import { MESSAGE_AUTHOR_JOINS, MESSAGE_COLUMNS, MESSAGE_DETAILS, MessageRow, toMessage } from '../rooms/message-row';
import { GroupsService } from './groups.service';
import { HEADLINE_OPTIONS, MATCH_END, MATCH_START, snippetParts } from './search-snippet';

export const SEARCH_PAGE_SIZE = 20;
/** Deeper than this a search should be narrowed, not paged. */
const SEARCH_MAX_OFFSET = 500;

/** The query `$2` as both configurations read it, folded like the index. */
export const SEARCH_QUERY = `websearch_to_tsquery('simple', klasteris_fold($2)) || websearch_to_tsquery('english', klasteris_fold($2))`;

type HitRow = MessageRow & { rank: number; channel_name: string; headline: string };

@Injectable()
export class GroupSearchService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly groups: GroupsService,
  ) {}

  async search(user: AuthenticatedUser, groupId: string, q: string, cursor?: string): Promise<Page<GroupSearchHit>> {
    await this.groups.assertCanSee(user, groupId);
    const offset = cursor === undefined ? 0 : Number(cursor);
    if (offset > SEARCH_MAX_OFFSET) return { items: [], nextCursor: null };
    // The marks are private-use characters; any in a body become spaces first, one for one, so positions hold.
    const rows = (await this.db.query(
      `WITH q AS (SELECT ${SEARCH_QUERY} AS query),
       hits AS (
         SELECT m.id, ts_rank_cd(message_search_vector(m.body), q.query) AS rank
           FROM q, messages m JOIN group_channels gc ON gc.room_id = m.room_id
          WHERE gc.group_id = $1 AND message_search_vector(m.body) @@ q.query
            AND m.deleted_at IS NULL AND m.hidden_at IS NULL
          ORDER BY rank DESC, m.created_at DESC, m.id
          LIMIT $3 OFFSET $4
       )
       SELECT ${MESSAGE_COLUMNS}, ${MESSAGE_DETAILS}, hits.rank, r.name AS channel_name,
              ts_headline('english', translate(klasteris_fold(m.body), $5, '  '), q.query, $6) AS headline
         FROM hits JOIN messages m ON m.id = hits.id ${MESSAGE_AUTHOR_JOINS}
         JOIN rooms r ON r.id = m.room_id CROSS JOIN q
        ORDER BY hits.rank DESC, m.created_at DESC, m.id`,
      [groupId, q, SEARCH_PAGE_SIZE + 1, offset, MATCH_START + MATCH_END, HEADLINE_OPTIONS],
    )) as HitRow[];
    const page = rows.slice(0, SEARCH_PAGE_SIZE);
    return {
      items: page.map((row) => ({
        message: toMessage(row),
        channelName: row.channel_name,
        snippet: snippetParts(row.body, row.headline),
        rank: Number(row.rank),
      })),
      nextCursor: rows.length > SEARCH_PAGE_SIZE ? String(offset + SEARCH_PAGE_SIZE) : null,
    };
  }
}
