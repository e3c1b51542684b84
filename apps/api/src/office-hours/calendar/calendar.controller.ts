/**
 * The calendar feed: the person's address (made on first call), a new
 * address, and the public `.ics` itself, which the secret token authorises.
 */
import { Controller, Get, Header, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { CalendarFeed } from '@klasteris/contracts';

import { CurrentUser, Public, SignedIn } from '../../accounts/access.decorators';
import type { AuthenticatedUser } from '../../accounts/authenticated-user';
import { CalendarFeedService } from './calendar-feed.service';

@ApiTags('office-hours')
@Controller('calendar')
export class CalendarController {
  constructor(private readonly feeds: CalendarFeedService) {}

  @SignedIn()
  @ApiBearerAuth()
  @Get('feed')
  feed(@CurrentUser() user: AuthenticatedUser): Promise<CalendarFeed> {
    return this.feeds.feed(user.id);
  }

  @SignedIn()
  @ApiBearerAuth()
  @Post('feed')
  regenerate(@CurrentUser() user: AuthenticatedUser): Promise<CalendarFeed> {
    return this.feeds.regenerate(user.id);
  }

  /** Calendar apps fetch this without signing in; the unguessable token is the authorisation. */
  @Public()
  @Get(':token.ics')
  @ApiProduces('text/calendar')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Cache-Control', 'private, max-age=300')
  @Header('Content-Disposition', 'inline; filename="klasteris.ics"')
  ics(@Param('token') token: string): Promise<string> {
    return this.feeds.render(token);
  }
}
