/**
 * Search snippets as the server sends them: text parts, some marked as the
 * words that matched. Rendered as text and <mark> elements, never as HTML,
 * so a message can never inject markup. Pure, for unit tests.
 */
import type { SnippetPart } from '@klasteris/contracts';

/** Neighbouring parts of the same kind joined, empty ones dropped, so the markup stays small. */
export function snippetSegments(parts: readonly SnippetPart[]): SnippetPart[] {
  const segments: SnippetPart[] = [];
  for (const part of parts) {
    if (part.text === '') continue;
    const last = segments.at(-1);
    if (last !== undefined && last.match === part.match) last.text += part.text;
    else segments.push({ text: part.text, match: part.match });
  }
  return segments;
}

/** The snippet as one line of plain text (for an accessible name or a title). */
export function snippetText(parts: readonly SnippetPart[]): string {
  return parts
    .map((part) => part.text)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}
