/** The shape of a seeded programme track: bilingual texts, modules in order. */
import type { LocalizedText } from '@klasteris/contracts';

export interface DemoModule {
  title: LocalizedText;
  description: LocalizedText;
  /** Markdown, one text per language. */
  body: LocalizedText;
}

export interface DemoProgramme {
  title: LocalizedText;
  description: LocalizedText;
  modules: readonly DemoModule[];
}
