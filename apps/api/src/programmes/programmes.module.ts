/**
 * The programme catalogue: programmes and modules in Lithuanian and English
 * (Markdown rendered and sanitised), who teaches what, enrolment, module
 * completion and progress. Exports ProgrammeAccess, the policy assignments
 * and consultations ask about teaching and enrolment.
 */
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { CatalogueService } from './catalogue.service';
import { EnrolmentController } from './enrolment.controller';
import { EnrolmentService } from './enrolment.service';
import { ProgrammeAccess } from './programme-access';
import { ProgrammeAuthoringService } from './programme-authoring.service';
import { ProgrammeModuleEntity } from './programme-module.entity';
import { ProgrammeEntity } from './programme.entity';
import { ProgrammesController } from './programmes.controller';

@Module({
  imports: [TypeOrmModule.forFeature([ProgrammeEntity, ProgrammeModuleEntity])],
  controllers: [ProgrammesController, EnrolmentController],
  providers: [CatalogueService, ProgrammeAuthoringService, EnrolmentService, ProgrammeAccess],
  exports: [TypeOrmModule, ProgrammeAccess],
})
export class ProgrammesModule {}
