/** REST for admins: find people, change their role, deactivate or reactivate them. */
import { Body, Controller, Get, Param, Patch, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AdminUserView, Page } from '@klasteris/contracts';

import { CurrentUser, Roles } from '../access.decorators';
import type { AuthenticatedUser } from '../authenticated-user';
import { uuidParam } from '../validation/uuid-param';
import { ListUsersQuery } from './dto/list-users.query';
import { UpdateUserDto } from './dto/update-user.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@Roles('admin')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  list(@Query() query: ListUsersQuery): Promise<Page<AdminUserView>> {
    return this.users.list(query);
  }

  @Patch(':id')
  update(
    @CurrentUser() admin: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: UpdateUserDto,
  ): Promise<AdminUserView> {
    return this.users.update(admin, id, body);
  }
}
