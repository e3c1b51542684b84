/** An instant with its zone, as slots are named over the API ("2026-03-30T08:00:00Z"). */
import { registerDecorator, ValidationOptions } from 'class-validator';

const WITH_TIME_AND_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

export function isSlotInstant(value: unknown): value is string {
  return typeof value === 'string' && WITH_TIME_AND_ZONE.test(value) && !Number.isNaN(Date.parse(value));
}

export function IsSlotInstant(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isSlotInstant',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: `${String(propertyName)} must be an ISO 8601 time with its zone, such as 2026-03-30T08:00:00Z`,
        ...options,
      },
      validator: { validate: isSlotInstant },
    });
}
