/** Finds one lecturer among those holding office hours, page by page (the list is short). */
import type { LecturerSummary, Uuid } from '@klasteris/contracts';

import type { ApiClient } from '../../../core/api/api-client';

const MAX_PAGES = 20;

export async function findLecturer(api: ApiClient, lecturerId: Uuid): Promise<LecturerSummary | null> {
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const { items, nextCursor } = await api.lecturers(cursor);
    const found = items.find((lecturer) => lecturer.id === lecturerId);
    if (found) return found;
    if (nextCursor === null) return null;
    cursor = nextCursor;
  }
  return null;
}
