/**
 * Search snippets as data, never HTML. PostgreSQL's ts_headline marks the
 * matched words of the *folded* body (diacritics removed, one character for
 * one, see the groups migration) with two private-use characters; since the
 * folding keeps every position, the marks are laid back over the original
 * text, so "sveikata" highlights "sveikatą" as written. Long bodies are cut
 * to a window around the first match, at word boundaries, with ellipses.
 */
import type { SnippetPart } from '@klasteris/contracts';

export const MATCH_START = '\uE000';
export const MATCH_END = '\uE001';

/** ts_headline options: highlight every match and return the whole text (the window is cut here). */
export const HEADLINE_OPTIONS = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, HighlightAll=true`;

export const SNIPPET_MAX_LENGTH = 240;
const CONTEXT_BEFORE_MATCH = 60;
const ELLIPSIS = '…';

interface Span {
  start: number;
  end: number;
  match: boolean;
}

export function snippetParts(original: string, headline: string, maxLength = SNIPPET_MAX_LENGTH): SnippetPart[] {
  const spans: Span[] = [];
  let plain = '';
  let inMatch = false;
  let spanStart = 0;
  for (const char of headline) {
    if (char === MATCH_START || char === MATCH_END) {
      if (plain.length > spanStart) spans.push({ start: spanStart, end: plain.length, match: inMatch });
      spanStart = plain.length;
      inMatch = char === MATCH_START;
      continue;
    }
    plain += char;
  }
  if (plain.length > spanStart) spans.push({ start: spanStart, end: plain.length, match: inMatch });

  // The marks belong to the original when the headline is the whole folded body; otherwise show what PostgreSQL gave.
  const text = plain.length === original.length ? original : plain;
  const [from, to] = window(text, spans.find((span) => span.match)?.start ?? 0, maxLength);

  const parts: SnippetPart[] = [];
  for (const span of spans) {
    const start = Math.max(span.start, from);
    const end = Math.min(span.end, to);
    if (start >= end) continue;
    push(parts, text.slice(start, end), span.match);
  }
  if (from > 0) parts.unshift({ text: ELLIPSIS, match: false });
  if (to < text.length) parts.push({ text: ELLIPSIS, match: false });
  return merge(parts);
}

/** [from, to) of at most maxLength characters, starting a little before the first match, cut between words. */
function window(text: string, firstMatch: number, maxLength: number): [number, number] {
  if (text.length <= maxLength) return [0, text.length];
  let from = Math.max(0, Math.min(firstMatch - CONTEXT_BEFORE_MATCH, text.length - maxLength));
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space !== -1 && space < firstMatch) from = space + 1;
  }
  let to = Math.min(text.length, from + maxLength);
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > from && space > firstMatch) to = space;
  }
  return [from, to];
}

function push(parts: SnippetPart[], text: string, match: boolean): void {
  if (text) parts.push({ text, match });
}

function merge(parts: SnippetPart[]): SnippetPart[] {
  const merged: SnippetPart[] = [];
  for (const part of parts) {
    const last = merged.at(-1);
    if (last && last.match === part.match) last.text += part.text;
    else merged.push({ ...part });
  }
  return merged;
}
