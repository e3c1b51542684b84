/** Reads the mail outbox under DATA_DIR (empty when mail leaves through SMTP). */
import { Inject, Injectable } from '@nestjs/common';
import type { OutboxMail } from '@klasteris/contracts';

import { APP_CONFIG } from '../../config/config.module';
import type { RuntimeConfig } from '../prepare-runtime';
import { outboxDirectoryOf, readOutbox } from './outbox-mail-transport';

@Injectable()
export class MailOutbox {
  constructor(@Inject(APP_CONFIG) private readonly config: RuntimeConfig) {}

  newest(limit: number): Promise<OutboxMail[]> {
    return readOutbox(outboxDirectoryOf(this.config.dataDir), limit);
  }
}
