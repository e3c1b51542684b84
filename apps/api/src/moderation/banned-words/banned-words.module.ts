/**
 * The banned-word filter: the admins' lists (`/api/admin/banned-words`) and
 * ContentScreening, which the send paths of messages and questions call.
 */
import { Module } from '@nestjs/common';

import { BannedWordListsController } from './banned-word-lists.controller';
import { BannedWordListsService } from './banned-word-lists.service';
import { ContentScreening } from './content-screening';

@Module({
  controllers: [BannedWordListsController],
  providers: [BannedWordListsService, ContentScreening],
  exports: [ContentScreening],
})
export class BannedWordsModule {}
