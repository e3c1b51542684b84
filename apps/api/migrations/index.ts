/**
 * Every migration, in the order they apply. Add a new file per schema change
 * (named `<timestamp>-<what-changes>.ts`) and list it here.
 */
import { CreateAccounts1764400000000 } from './1764400000000-create-accounts';
import { CreateProgrammes1764400001000 } from './1764400001000-create-programmes';
import { CreateRooms1764400002000 } from './1764400002000-create-rooms';
import { CreateNotifications1764400003000 } from './1764400003000-create-notifications';
import { CreateAssignments1764400004000 } from './1764400004000-create-assignments';
import { CreateGroups1764400005000 } from './1764400005000-create-groups';
import { CreateConsultations1764400006000 } from './1764400006000-create-consultations';
import { CreateOfficeHours1764400007000 } from './1764400007000-create-office-hours';
import { CreateModeration1764400008000 } from './1764400008000-create-moderation';
import { CreatePrivacy1764400009000 } from './1764400009000-create-privacy';
import { CreateNotificationOutbox1764400010000 } from './1764400010000-create-notification-outbox';
import { IndexSlotRooms1764400011000 } from './1764400011000-index-slot-rooms';

export const MIGRATIONS = [
  CreateAccounts1764400000000,
  CreateProgrammes1764400001000,
  CreateRooms1764400002000,
  CreateNotifications1764400003000,
  CreateAssignments1764400004000,
  CreateGroups1764400005000,
  CreateConsultations1764400006000,
  CreateOfficeHours1764400007000,
  CreateModeration1764400008000,
  CreatePrivacy1764400009000,
  CreateNotificationOutbox1764400010000,
  IndexSlotRooms1764400011000,
];
