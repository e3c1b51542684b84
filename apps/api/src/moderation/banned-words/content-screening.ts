/**
 * Screens a message or question body against the admins' banned-word lists,
 * as a pure in-memory check: the lists are compiled once (BannedWordMatcher)
 * and kept per process.
 *
 * Keeping every process current: the process that saves a change reloads at
 * once; every process that screens also asks PostgreSQL every few seconds
 * for a fingerprint of the lists and recompiles when it differs. That is one
 * tiny query per process per interval, needs no Redis, and bounds how long
 * another node screens with old lists to REFRESH_INTERVAL_MS. Polling starts
 * with the first load, so processes that never screen nor edit never poll.
 */
import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BannedWordMode } from '@klasteris/contracts';
import { DataSource } from 'typeorm';

import { BannedWordMatcher, type ScreenedList } from './banned-word-matcher';

export type ScreeningVerdict = { verdict: 'allow' } | { verdict: BannedWordMode; listName: string; word: string };

export const REFRESH_INTERVAL_MS = 5000;

/** Changes whenever a list is added, changed or removed. */
const FINGERPRINT = `coalesce(md5(string_agg(id::text || '@' || updated_at::text, ',' ORDER BY id)), '')`;
const FINGERPRINT_SQL = `SELECT ${FINGERPRINT} AS fingerprint FROM banned_word_lists`;
/** One statement, so the fingerprint describes exactly the lists read with it. */
const LOAD_SQL = `
  SELECT ${FINGERPRINT} AS fingerprint,
         coalesce(json_agg(json_build_object('name', name, 'mode', mode, 'words', words) ORDER BY name, id), '[]') AS lists
    FROM banned_word_lists`;

interface Loaded {
  matcher: BannedWordMatcher;
  fingerprint: string;
}

@Injectable()
export class ContentScreening implements OnModuleDestroy {
  private readonly logger = new Logger(ContentScreening.name);
  private current: Loaded | null = null;
  private firstLoad: Promise<Loaded> | null = null;
  /** Loads are numbered so a slow one never replaces a newer one. */
  private loadsStarted = 0;
  private appliedLoad = 0;
  private poller: NodeJS.Timeout | null = null;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async screen(text: string): Promise<ScreeningVerdict> {
    const { matcher } = this.current ?? (await this.loadFirst());
    const hit = matcher.match(text);
    return hit ? { verdict: hit.mode, listName: hit.listName, word: hit.word } : { verdict: 'allow' };
  }

  /** Recompiles from the database now (after this process changed the lists). */
  async reload(): Promise<void> {
    await this.load();
  }

  onModuleDestroy(): void {
    if (this.poller) clearInterval(this.poller);
    this.poller = null;
  }

  private loadFirst(): Promise<Loaded> {
    if (!this.firstLoad) {
      this.firstLoad = this.load();
      this.firstLoad.catch(() => (this.firstLoad = null));
    }
    return this.firstLoad;
  }

  private async refreshIfChanged(): Promise<void> {
    const [row] = (await this.db.query(FINGERPRINT_SQL)) as { fingerprint: string }[];
    if (row?.fingerprint !== this.current?.fingerprint) await this.load();
  }

  private async load(): Promise<Loaded> {
    const number = ++this.loadsStarted;
    const [row] = (await this.db.query(LOAD_SQL)) as { fingerprint: string; lists: ScreenedList[] }[];
    const loaded: Loaded = {
      matcher: BannedWordMatcher.compile(row?.lists ?? []),
      fingerprint: row?.fingerprint ?? '',
    };
    if (number > this.appliedLoad) {
      this.appliedLoad = number;
      this.current = loaded;
    }
    // Whatever loaded the lists once (a screening, an admin's change) keeps them current from then on.
    this.startPolling();
    return this.current ?? loaded;
  }

  private startPolling(): void {
    if (this.poller) return;
    this.poller = setInterval(() => {
      this.refreshIfChanged().catch((error: unknown) =>
        this.logger.warn(`Banned-word lists not refreshed, screening with the ones loaded before: ${String(error)}`),
      );
    }, REFRESH_INTERVAL_MS);
    this.poller.unref();
  }
}
