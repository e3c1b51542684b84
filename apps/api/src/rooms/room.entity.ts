import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Who may enter: listed members only, or every signed-in person (joining makes them a member). */
export type RoomAudience = 'members' | 'signed_in';
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
