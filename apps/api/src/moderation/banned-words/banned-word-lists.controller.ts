/** REST for admins: the banned-word lists (`/api/admin/banned-words`). */
import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { BannedWordList } from '@klasteris/contracts';

import { Roles } from '../../accounts/access.decorators';
import { uuidParam } from '../../accounts/validation/uuid-param';
import { BannedWordListsService } from './banned-word-lists.service';
import { SaveBannedWordListDto } from './dto/save-banned-word-list.dto';

@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/banned-words')
export class BannedWordListsController {
  constructor(private readonly lists: BannedWordListsService) {}

  @Get()
  list(): Promise<BannedWordList[]> {
    return this.lists.list();
  }

  @Post()
  create(@Body() body: SaveBannedWordListDto): Promise<BannedWordList> {
    return this.lists.create(body);
  }

  @Put(':id')
  update(@Param('id', uuidParam('id')) id: string, @Body() body: SaveBannedWordListDto): Promise<BannedWordList> {
    return this.lists.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  remove(@Param('id', uuidParam('id')) id: string): Promise<void> {
    return this.lists.remove(id);
  }
}
