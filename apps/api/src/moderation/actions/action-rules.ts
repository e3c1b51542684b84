/**
 * Which fields each moderation action needs, and the bounds of its
 * duration (ModerationActionRequest in the contracts). Pure: unit-tested.
 */
import type { ModerationAction, ModerationActionRequest, ValidationIssue } from '@klasteris/contracts';

const MINUTE = 60;
const DAY = 24 * 60 * MINUTE;

export const MUTE_SECONDS = { min: MINUTE, max: 30 * DAY };
export const BAN_SECONDS = { min: MINUTE, max: 365 * DAY };
export const SLOW_MODE_SECONDS = { min: 0, max: 3600 };
export const LONGEST_DURATION_SECONDS = BAN_SECONDS.max;

type Field = 'targetType' | 'targetId' | 'userId' | 'durationSeconds';

interface Rule {
  required: Field[];
  allowed: Field[];
  duration?: { min: number; max: number };
}

const RULES: Record<ModerationAction, Rule> = {
  hide: { required: ['targetType', 'targetId'], allowed: [] },
  restore: { required: ['targetType', 'targetId'], allowed: [] },
  delete: { required: ['targetType', 'targetId'], allowed: [] },
  mute: { required: ['userId', 'durationSeconds'], allowed: [], duration: MUTE_SECONDS },
  unmute: { required: ['userId'], allowed: [] },
  ban: { required: ['userId'], allowed: ['durationSeconds'], duration: BAN_SECONDS },
  unban: { required: ['userId'], allowed: [] },
  slow_mode: { required: ['durationSeconds'], allowed: [], duration: SLOW_MODE_SECONDS },
  lock: { required: [], allowed: [] },
  unlock: { required: [], allowed: [] },
};

const FIELDS: Field[] = ['targetType', 'targetId', 'userId', 'durationSeconds'];

export function actionIssues(request: Omit<ModerationActionRequest, 'reason' | 'roomId'>): ValidationIssue[] {
  const rule = RULES[request.action];
  const issues: ValidationIssue[] = [];
  for (const field of FIELDS) {
    const given = request[field] !== undefined && request[field] !== null;
    if (rule.required.includes(field) && !given) {
      issues.push({ field, messages: [`${field} is required for ${request.action}`] });
    } else if (given && !rule.required.includes(field) && !rule.allowed.includes(field)) {
      issues.push({ field, messages: [`${field} does not apply to ${request.action}`] });
    }
  }
  const seconds = request.durationSeconds;
  if (rule.duration && seconds !== undefined && (seconds < rule.duration.min || seconds > rule.duration.max)) {
    issues.push({
      field: 'durationSeconds',
      messages: [`durationSeconds must be ${rule.duration.min} to ${rule.duration.max} for ${request.action}`],
    });
  }
  return issues;
}
