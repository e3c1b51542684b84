/**
 * Every migration, in the order they apply. Add a new file per schema change
 * (named `<timestamp>-<what-changes>.ts`) and list it here.
 */
import { CreateAccounts1764400000000 } from './1764400000000-create-accounts';
import { CreateProgrammes1764400001000 } from './1764400001000-create-programmes';
import { CreateRooms1764400002000 } from './1764400002000-create-rooms';
import { CreateNotifications1764400003000 } from './1764400003000-create-notifications';
import { CreateAssignments1764400004000 } from './1764400004000-create-assignments';

export const MIGRATIONS = [
  CreateAccounts1764400000000,
  CreateProgrammes1764400001000,
  CreateRooms1764400002000,
  CreateNotifications1764400003000,
  CreateAssignments1764400004000,
];
