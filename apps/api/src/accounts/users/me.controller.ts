/** REST: the signed-in person's own profile (`GET/PATCH /api/me`). */
import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { User } from '@klasteris/contracts';

import { CurrentUser, SignedIn } from '../access.decorators';
import type { AuthenticatedUser } from '../authenticated-user';
import { UpdateMeDto } from './dto/update-me.dto';
import { UsersService } from './users.service';

@ApiTags('me')
@ApiBearerAuth()
@SignedIn()
@Controller('me')
export class MeController {
  constructor(private readonly users: UsersService) {}

  @Get()
  me(@CurrentUser() user: AuthenticatedUser): Promise<User> {
    return this.users.me(user.id);
  }

  @Patch()
  update(@CurrentUser() user: AuthenticatedUser, @Body() body: UpdateMeDto): Promise<User> {
    return this.users.updateMe(user.id, body);
  }
}
