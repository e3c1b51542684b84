/** Every action the audit log records: the moderation actions and closing reports without one. */
import { type AuditedAction, MODERATION_ACTIONS } from '@klasteris/contracts';

export const AUDITED_ACTIONS_FOR_FILTER: readonly AuditedAction[] = [...MODERATION_ACTIONS, 'dismiss'];
