/**
 * Assignment work: assignments per module, submissions by enrolled learners
 * (text and one file, checked by content and kept under DATA_DIR/uploads),
 * reviews and the review queue. Submissions and reviews notify through the
 * Notifier once committed. Multipart bodies are held in memory up to the
 * configured limit and written only after the checks.
 */
import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';

import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { ProgrammesModule } from '../programmes/programmes.module';
import { AssignmentNotifications } from './assignment-notifications';
import { AssignmentsController } from './assignments.controller';
import { AssignmentsService } from './assignments.service';
import { ReviewsController } from './reviews.controller';
import { ReviewsService } from './reviews.service';
import { SubmissionsController } from './submissions.controller';
import { SubmissionsService } from './submissions.service';
import { UploadStore } from './uploads/upload-store';

@Module({
  imports: [
    ProgrammesModule,
    MulterModule.registerAsync({
      inject: [APP_CONFIG],
      // No storage given: multer keeps the file in memory, so a refused upload never touches the disk.
      // Browsers send file names as UTF-8 without saying so ("Užduotis.docx").
      useFactory: (config: AppConfig) => ({
        limits: { fileSize: config.uploadMaxBytes, files: 1, fields: 5 },
        defParamCharset: 'utf8',
      }),
    }),
  ],
  controllers: [AssignmentsController, SubmissionsController, ReviewsController],
  providers: [AssignmentsService, SubmissionsService, ReviewsService, AssignmentNotifications, UploadStore],
})
export class AssignmentsModule {}
