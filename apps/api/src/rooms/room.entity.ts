import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Who may enter: listed members only, every signed-in person, or the
 * learners and lecturers of one module's programme (`moduleId`); entering makes them a member.
 */
export type RoomAudience = 'members' | 'signed_in' | 'module';
export type RoomKindValue = 'channel' | 'consultation';

@Entity('rooms')
export class RoomEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  kind: RoomKindValue;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  audience: RoomAudience;

  /** Set exactly when the audience is 'module'. */
  @Column({ name: 'module_id', type: 'uuid', nullable: true })
  moduleId: string | null;

  @Column({ type: 'boolean', default: false })
  locked: boolean;

  @Column({ name: 'slow_mode_seconds', type: 'integer', default: 0 })
  slowModeSeconds: number;

  /** The seq of the room's newest message; bumped in the insert's transaction. */
  @Column({
    name: 'last_seq',
    type: 'bigint',
    default: 0,
    transformer: { to: (v: number) => v, from: (v: string) => Number(v) },
  })
  lastSeq: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
