/**
 * Submission REST routes: hand in (JSON, or multipart with one `file`
 * part), list an assignment's submissions, read one, download its file.
 */
import {
  Body,
  Controller,
  Get,
  Header,
  Param,
  Post,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { Page, Submission } from '@klasteris/contracts';

import { CurrentUser, Roles, SignedIn } from '../accounts/access.decorators';
import type { AuthenticatedUser } from '../accounts/authenticated-user';
import { uuidParam } from '../accounts/validation/uuid-param';
import { SubmitAssignmentDto } from './dto/submit-assignment.dto';
import { SubmissionsService } from './submissions.service';
import { attachmentDisposition } from './uploads/content-disposition';
import type { UploadedFilePart } from './uploads/uploaded-file';

@ApiTags('assignments')
@ApiBearerAuth()
@Controller()
export class SubmissionsController {
  constructor(private readonly submissions: SubmissionsService) {}

  /** The upload limit and the memory storage come from AssignmentsModule's MulterModule options. */
  @Roles('learner')
  @Post('assignments/:id/submissions')
  @ApiConsumes('application/json', 'multipart/form-data')
  @UseInterceptors(FileInterceptor('file'))
  submit(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) assignmentId: string,
    @Body() body: SubmitAssignmentDto,
    @UploadedFile() file: UploadedFilePart | undefined,
  ): Promise<Submission> {
    return this.submissions.submit(user, assignmentId, { body: body.body, file });
  }

  @SignedIn()
  @Get('assignments/:id/submissions')
  async list(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) assignmentId: string,
  ): Promise<Page<Submission>> {
    return { items: await this.submissions.list(user, assignmentId), nextCursor: null };
  }

  @SignedIn()
  @Get('submissions/:id')
  get(@CurrentUser() user: AuthenticatedUser, @Param('id', uuidParam('id')) id: string): Promise<Submission> {
    return this.submissions.get(user, id);
  }

  @SignedIn()
  @Get('submissions/:id/file')
  @Header('X-Content-Type-Options', 'nosniff')
  @Header('Cache-Control', 'private, no-store')
  async file(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
  ): Promise<StreamableFile> {
    const download = await this.submissions.file(user, id);
    return new StreamableFile(download.stream, {
      type: download.mediaType,
      length: download.sizeBytes,
      disposition: attachmentDisposition(download.name),
    });
  }
}
