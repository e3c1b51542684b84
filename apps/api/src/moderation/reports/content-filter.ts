/**
 * The banned-word filter as the send, edit and ask paths use it: a refused
 * text is a validation error naming the list, never the word; a held one is
 * stored hidden by the caller, which then hands it here to be queued for
 * moderators (a report by the filter), off the acknowledgement's path.
 */
import { Injectable, Logger } from '@nestjs/common';

import { validationFailed } from '../../platform/http/validation';
import { ContentScreening } from '../banned-words/content-screening';
import { HeldItem, ReportsService } from './reports.service';

export interface HoldVerdict {
  listName: string;
  word: string;
}

@Injectable()
export class ContentFilter {
  private readonly logger = new Logger(ContentFilter.name);

  constructor(
    private readonly screening: ContentScreening,
    private readonly reports: ReportsService,
  ) {}

  /** Null to let the text through, the verdict to hold it; throws VALIDATION_FAILED to refuse it. */
  async screen(text: string, field = 'body'): Promise<HoldVerdict | null> {
    const result = await this.screening.screen(text);
    switch (result.verdict) {
      case 'allow':
        return null;
      case 'refuse':
        throw validationFailed([
          {
            field,
            messages: [`${field} contains a word from the banned-word list “${result.listName}”; please rephrase it`],
          },
        ]);
      case 'hold':
        return { listName: result.listName, word: result.word };
    }
  }

  /** Queues a held item for moderators; not awaited by the caller. */
  held(item: HeldItem, verdict: HoldVerdict): void {
    this.reports
      .fileByFilter(item, `Banned word (list “${verdict.listName}”): ${verdict.word}`)
      .catch((error: unknown) => this.logger.error(`Held ${item.type} ${item.id} not queued: ${String(error)}`));
  }
}
