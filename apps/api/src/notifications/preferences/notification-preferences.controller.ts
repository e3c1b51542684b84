/** REST: the signed-in person's notification preferences (`/api/me/notification-preferences`). */
import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { NotificationPreferences } from '@klasteris/contracts';

import { CurrentUser, SignedIn } from '../../accounts/access.decorators';
import type { AuthenticatedUser } from '../../accounts/authenticated-user';
import { UpdateNotificationPreferencesDto } from '../dto/update-notification-preferences.dto';
import { NotificationPreferencesService } from './notification-preferences.service';

@ApiTags('notifications')
@ApiBearerAuth()
@SignedIn()
@Controller('me/notification-preferences')
export class NotificationPreferencesController {
  constructor(private readonly preferences: NotificationPreferencesService) {}

  @Get()
  async get(@CurrentUser() user: AuthenticatedUser): Promise<NotificationPreferences> {
    return { items: await this.preferences.list(user.id) };
  }

  @Put()
  async update(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: UpdateNotificationPreferencesDto,
  ): Promise<NotificationPreferences> {
    return { items: await this.preferences.update(user.id, body.items) };
  }
}
