/**
 * REST for admins: the mail outbox (`/api/admin/outbox`), where e-mail goes
 * when no SMTP_URL is set. Empty when mail leaves through SMTP.
 */
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { OutboxMail, Page } from '@klasteris/contracts';

import { Roles } from '../accounts/access.decorators';
import { MailOutbox } from '../platform/mail/mail-outbox';
import { AdminPageQuery } from './dto/page.query';

@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/outbox')
export class OutboxAdminController {
  constructor(private readonly outbox: MailOutbox) {}

  /** The newest mails, up to `limit`: the outbox is a development aid, so there is no further page. */
  @Get()
  async list(@Query() query: AdminPageQuery): Promise<Page<OutboxMail>> {
    return { items: await this.outbox.newest(query.limit ?? 50), nextCursor: null };
  }
}
