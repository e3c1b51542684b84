/** Working-group REST routes: groups, members, organisations, channels and search. */
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type {
  GroupCandidate,
  GroupChannel,
  GroupDetail,
  GroupSearchHit,
  GroupSummary,
  Page,
} from '@klasteris/contracts';

import { CurrentUser, SignedIn } from '../accounts/access.decorators';
import type { AuthenticatedUser } from '../accounts/authenticated-user';
import { uuidParam } from '../accounts/validation/uuid-param';
import { AddGroupMemberDto } from './dto/add-group-member.dto';
import { CreateChannelDto } from './dto/create-channel.dto';
import { GroupCandidatesQuery } from './dto/group-candidates.query';
import { CreateGroupDto } from './dto/create-group.dto';
import { GroupSearchQuery } from './dto/group-search.query';
import { UpdateGroupMemberDto } from './dto/update-group-member.dto';
import { GroupSearchService } from './group-search.service';
import { GroupsService } from './groups.service';

@ApiTags('groups')
@ApiBearerAuth()
@SignedIn()
@Controller('groups')
export class GroupsController {
  constructor(
    private readonly groups: GroupsService,
    private readonly search: GroupSearchService,
  ) {}

  /** Anyone signed in may start a group, and becomes its owner. */
  @Post()
  create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateGroupDto): Promise<GroupDetail> {
    return this.groups.create(user, body);
  }

  @Get()
  list(@CurrentUser() user: AuthenticatedUser): Promise<Page<GroupSummary>> {
    return this.groups.list(user);
  }

  @Get(':id')
  get(@CurrentUser() user: AuthenticatedUser, @Param('id', uuidParam('id')) id: string): Promise<GroupDetail> {
    return this.groups.detail(user, id);
  }

  @Post(':id/members')
  @HttpCode(200)
  addMember(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: AddGroupMemberDto,
  ): Promise<GroupDetail> {
    return this.groups.addMember(user, id, body);
  }

  /** Owners and administrators look up people to add one by one; nobody else may list people. */
  @Get(':id/candidates')
  candidates(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Query() query: GroupCandidatesQuery,
  ): Promise<Page<GroupCandidate>> {
    return this.groups.candidates(user, id, query.query);
  }

  /** Owners and administrators make someone an owner or a member again; the last owner stays one. */
  @Patch(':id/members/:userId')
  setMemberRole(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Param('userId', uuidParam('userId')) userId: string,
    @Body() body: UpdateGroupMemberDto,
  ): Promise<GroupDetail> {
    return this.groups.setMemberRole(user, id, userId, body.role);
  }

  /** Yourself: leave. Someone else: owners and administrators. */
  @Delete(':id/members/:userId')
  @HttpCode(204)
  async removeMember(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Param('userId', uuidParam('userId')) userId: string,
  ): Promise<void> {
    await this.groups.removeMember(user, id, userId);
  }

  @Delete(':id/organisations/:organisationId')
  @HttpCode(204)
  async removeOrganisation(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Param('organisationId', uuidParam('organisationId')) organisationId: string,
  ): Promise<void> {
    await this.groups.removeOrganisation(user, id, organisationId);
  }

  @Post(':id/channels')
  createChannel(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: CreateChannelDto,
  ): Promise<GroupChannel> {
    return this.groups.createChannel(user, id, body);
  }

  @Get(':id/search')
  searchMessages(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Query() query: GroupSearchQuery,
  ): Promise<Page<GroupSearchHit>> {
    return this.search.search(user, id, query.q, query.cursor);
  }
}
