/**
 * E-mail transport, chosen once from configuration: SMTP when SMTP_URL is
 * set, the outbox under DATA_DIR otherwise. Features inject MailTransport and
 * never ask which one they got; MailOutbox reads the outbox for admins.
 */
import { Injectable, Module, OnApplicationShutdown } from '@nestjs/common';

import { APP_CONFIG } from '../../config/config.module';
import type { RuntimeConfig } from '../prepare-runtime';
import { MailTransport } from './mail-transport';
import { MailOutbox } from './mail-outbox';
import { OutboxMailTransport, outboxDirectoryOf } from './outbox-mail-transport';
import { SmtpMailTransport } from './smtp-mail-transport';

@Injectable()
class MailTransportCloser implements OnApplicationShutdown {
  constructor(private readonly transport: MailTransport) {}

  onApplicationShutdown(): void {
    if (this.transport instanceof SmtpMailTransport) this.transport.close();
  }
}

@Module({
  providers: [
    {
      provide: MailTransport,
      inject: [APP_CONFIG],
      useFactory: (config: RuntimeConfig): MailTransport =>
        config.smtpUrl
          ? new SmtpMailTransport(config.smtpUrl, config.mailFrom)
          : new OutboxMailTransport(outboxDirectoryOf(config.dataDir), config.mailFrom),
    },
    MailTransportCloser,
    MailOutbox,
  ],
  exports: [MailTransport, MailOutbox],
})
export class MailModule {}
