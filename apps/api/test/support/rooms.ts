/** Rooms for tests, made through the service that groups and consultations use. */
import type { Room } from '@klasteris/contracts';

import { RoomsService } from '../../src/rooms/rooms.service';
import type { TestApp } from './test-app';

export function createRoom(app: TestApp, memberIds: string[], name = 'Test channel'): Promise<Room> {
  return app.app.get(RoomsService).create({ kind: 'channel', name, audience: 'members', memberIds });
}
