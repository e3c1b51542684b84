/**
 * Privacy: a person's data export, erasing an account, and the retention
 * period of hidden and deleted content. The daily purge runs in
 * PrivacyJobsModule, in processes that run jobs.
 */
import { Module } from '@nestjs/common';

import { UploadStore } from '../assignments/uploads/upload-store';
import { OfficeHoursModule } from '../office-hours/office-hours.module';
import { AccountErasureService } from './erasure/account-erasure.service';
import { PersonalDataExportService } from './export/personal-data-export.service';
import { MePrivacyController } from './me-privacy.controller';
import { RetentionController } from './retention/retention.controller';
import { RetentionService } from './retention/retention.service';

@Module({
  imports: [OfficeHoursModule],
  controllers: [MePrivacyController, RetentionController],
  providers: [PersonalDataExportService, AccountErasureService, RetentionService, UploadStore],
  exports: [RetentionService],
})
export class PrivacyModule {}
