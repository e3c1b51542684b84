/**
 * A topic module of a programme (table `programme_modules`): bilingual
 * title, short description and Markdown body, at a unique position within
 * its programme.
 */
import type { LocalizedText } from '@klasteris/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

import { ProgrammeEntity } from './programme.entity';

@Entity({ name: 'programme_modules' })
export class ProgrammeModuleEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => ProgrammeEntity, (programme) => programme.modules, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id' })
  programme?: ProgrammeEntity;

  @Column({ type: 'jsonb' })
  title: LocalizedText;

  @Column({ type: 'jsonb', default: () => `'{"lt": "", "en": ""}'::jsonb` })
  description: LocalizedText;

  /** Markdown, one text per language. */
  @Column({ type: 'jsonb' })
  body: LocalizedText;

  /** Order within the programme, smallest first; unique per programme. */
  @Column({ type: 'integer' })
  position: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
