/** Shared shapes used across the REST and socket surface. */

/** Bilingual text, as every learner-facing string is kept. */
export interface LocalizedText {
  lt: string;
  en: string;
}

/** Every list endpoint pages with an opaque cursor. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** ISO 8601 timestamp in UTC. */
export type IsoDateTime = string;

export type Uuid = string;
