/**
 * Request validation: DTO classes with class-validator decorators, unknown
 * properties refused, and every failure reported per field in `details`.
 */
import { ValidationError, ValidationPipe } from '@nestjs/common';
import type { ValidationIssue } from '@klasteris/contracts';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';

import { DomainError } from '../errors/domain-error';

export function flattenValidationErrors(errors: ValidationError[], prefix = ''): ValidationIssue[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own: ValidationIssue[] = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

export function validationFailed(issues: ValidationIssue[]): DomainError {
  const summary = issues.map((issue) => issue.field).join(', ');
  return new DomainError('VALIDATION_FAILED', `Some fields are not valid: ${summary}`, { details: issues });
}

export const VALIDATION_OPTIONS = {
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
} as const;

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    ...VALIDATION_OPTIONS,
    transform: true,
    exceptionFactory: (errors) => validationFailed(flattenValidationErrors(errors)),
  });
}

/** The same rules for payloads that do not pass through a Nest pipe (socket events). */
export async function validatePayload<T extends object>(dtoClass: new () => T, payload: unknown): Promise<T> {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw validationFailed([{ field: 'payload', messages: ['payload must be an object'] }]);
  }
  const instance = plainToInstance(dtoClass, payload);
  const errors = await validate(instance, VALIDATION_OPTIONS);
  if (errors.length > 0) throw validationFailed(flattenValidationErrors(errors));
  return instance;
}
