/** `@Param('id', uuidParam('id'))`: a malformed id is a 400 naming the field, not a 404 or a 500. */
import { ParseUUIDPipe } from '@nestjs/common';

import { validationFailed } from '../../platform/http/validation';

export const uuidParam = (field: string): ParseUUIDPipe =>
  new ParseUUIDPipe({ exceptionFactory: () => validationFailed([{ field, messages: [`${field} must be a UUID`] }]) });
