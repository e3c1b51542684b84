/**
 * The programme catalogue. For now only its entities are registered (the
 * demo seed writes them); routes come with the catalogue issue.
 */
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { ProgrammeModuleEntity } from './programme-module.entity';
import { ProgrammeEntity } from './programme.entity';

@Module({
  imports: [TypeOrmModule.forFeature([ProgrammeEntity, ProgrammeModuleEntity])],
  exports: [TypeOrmModule],
})
export class ProgrammesModule {}
