/**
 * Maps every error leaving a REST handler to the contract's error body:
 * `{statusCode, code, message, details?}`. Unknown errors become a 500 with
 * no stack trace; the stack goes to the log instead.
 */
import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { ApiErrorBody, ErrorCode } from '@klasteris/contracts';
import type { Response } from 'express';

import { DomainError } from '../errors/domain-error';
import { unstorableTextError } from '../errors/unstorable-text';

const CODE_BY_STATUS: Partial<Record<number, ErrorCode>> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  429: 'RATE_LIMITED',
};

@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  catch(error: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = this.toBody(error);
    if (body.retryAfterSeconds !== undefined) {
      response.setHeader('Retry-After', String(body.retryAfterSeconds));
    }
    response.status(body.statusCode).json(body);
  }

  private toBody(thrown: unknown): ApiErrorBody {
    const error = unstorableTextError(thrown) ?? thrown;
    if (error instanceof DomainError) {
      return {
        statusCode: error.status,
        code: error.code,
        message: error.message,
        ...(error.extra.details ? { details: error.extra.details } : {}),
        ...(error.extra.retryAfterSeconds !== undefined ? { retryAfterSeconds: error.extra.retryAfterSeconds } : {}),
      };
    }
    if (error instanceof HttpException) {
      const status = error.getStatus();
      return {
        statusCode: status,
        code: CODE_BY_STATUS[status] ?? (status >= 500 ? 'INTERNAL' : 'CONFLICT'),
        message: messageOf(error),
      };
    }
    if (isBodyParserError(error)) {
      const status = error.status;
      return {
        statusCode: status,
        code: status === 413 ? 'PAYLOAD_TOO_LARGE' : 'VALIDATION_FAILED',
        message: status === 413 ? 'The request body is too large' : 'The request body is not valid JSON',
      };
    }
    this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return {
      statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
      code: 'INTERNAL',
      message: 'Something went wrong on our side',
    };
  }
}

function messageOf(error: HttpException): string {
  const response = error.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  return typeof message === 'string' ? message : error.message;
}

function isBodyParserError(error: unknown): error is { status: number; type: string } {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { status?: unknown }).status === 'number' &&
    typeof (error as { type?: unknown }).type === 'string'
  );
}
