/**
 * The admins' banned-word lists (table `banned_word_lists`). Every change
 * reloads this process's screening at once; other processes pick it up
 * within ContentScreening's refresh interval.
 */
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BannedWordList, SaveBannedWordListRequest } from '@klasteris/contracts';
import { DataSource } from 'typeorm';

import { notFound } from '../../platform/errors/domain-error';
import { returnedRow } from '../../programmes/returned-row';
import { ContentScreening } from './content-screening';
import { normaliseWords } from './normalise-words';

interface BannedWordListRow {
  id: string;
  name: string;
  language: BannedWordList['language'];
  mode: BannedWordList['mode'];
  words: string[];
  updated_at: Date;
}

const COLUMNS = 'id, name, language, mode, words, updated_at';

const toList = (row: BannedWordListRow): BannedWordList => ({
  id: row.id,
  name: row.name,
  language: row.language,
  mode: row.mode,
  words: row.words,
  updatedAt: row.updated_at.toISOString(),
});

@Injectable()
export class BannedWordListsService {
  private readonly logger = new Logger(BannedWordListsService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly screening: ContentScreening,
  ) {}

  async list(): Promise<BannedWordList[]> {
    const rows = (await this.db.query(
      `SELECT ${COLUMNS} FROM banned_word_lists ORDER BY language, lower(name), id`,
    )) as BannedWordListRow[];
    return rows.map(toList);
  }

  async create(request: SaveBannedWordListRequest): Promise<BannedWordList> {
    const rows = (await this.db.query(
      `INSERT INTO banned_word_lists (name, language, mode, words) VALUES ($1, $2, $3, $4) RETURNING ${COLUMNS}`,
      [request.name, request.language, request.mode, normaliseWords(request.words)],
    )) as BannedWordListRow[];
    return this.changed(toList(returnedRow(rows)));
  }

  async update(id: string, request: SaveBannedWordListRequest): Promise<BannedWordList> {
    // TypeORM hands back [rows, affected count] for an UPDATE ... RETURNING.
    const [rows] = (await this.db.query(
      `UPDATE banned_word_lists SET name = $2, language = $3, mode = $4, words = $5, updated_at = now()
        WHERE id = $1 RETURNING ${COLUMNS}`,
      [id, request.name, request.language, request.mode, normaliseWords(request.words)],
    )) as [BannedWordListRow[], number];
    const row = rows[0];
    if (!row) throw notFound('The banned-word list');
    return this.changed(toList(row));
  }

  async remove(id: string): Promise<void> {
    const [rows] = (await this.db.query(`DELETE FROM banned_word_lists WHERE id = $1 RETURNING id`, [id])) as [
      { id: string }[],
      number,
    ];
    if (rows.length === 0) throw notFound('The banned-word list');
    await this.reloadScreening();
  }

  private async changed(list: BannedWordList): Promise<BannedWordList> {
    await this.reloadScreening();
    return list;
  }

  /** The change is saved either way; a failed reload here is caught up by the periodic refresh. */
  private async reloadScreening(): Promise<void> {
    await this.screening
      .reload()
      .catch((error: unknown) => this.logger.warn(`Banned-word lists not reloaded after a change: ${String(error)}`));
  }
}
