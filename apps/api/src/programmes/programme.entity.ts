/** A programme track of the catalogue (table `programmes`); texts are `{lt, en}`. */
import type { LocalizedText } from '@klasteris/contracts';
import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

import { ProgrammeModuleEntity } from './programme-module.entity';

@Entity({ name: 'programmes' })
export class ProgrammeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'jsonb' })
  title: LocalizedText;

  @Column({ type: 'jsonb' })
  description: LocalizedText;

  /** Order in the catalogue, smallest first. */
  @Column({ type: 'integer', default: 0 })
  position: number;

  @OneToMany(() => ProgrammeModuleEntity, (module) => module.programme)
  modules?: ProgrammeModuleEntity[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
