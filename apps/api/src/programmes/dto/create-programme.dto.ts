import {
  CONTENT_TEXT_MAX_LENGTH,
  CONTENT_TITLE_MAX_LENGTH,
  type CreateProgrammeRequest,
  type LocalizedText,
} from '@klasteris/contracts';

import { BilingualText } from './bilingual-text';

export class CreateProgrammeDto implements CreateProgrammeRequest {
  @BilingualText(CONTENT_TITLE_MAX_LENGTH)
  title: LocalizedText;

  @BilingualText(CONTENT_TEXT_MAX_LENGTH)
  description: LocalizedText;
}
