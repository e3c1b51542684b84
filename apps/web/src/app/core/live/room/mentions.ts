/**
 * The pure rules of @mentions, kept apart from the composer so they are
 * unit-tested: which "@query" the caret is in, which group members match it
 * (ignoring case and Lithuanian diacritics), what choosing one does to the
 * text, which chosen people are still mentioned when the message is sent,
 * and how a stored message's body splits into text and mentions for display.
 */
import type { Message, Uuid } from '@klasteris/contracts';

/** A person who may be mentioned: a member of the group. */
export interface MentionCandidate {
  id: Uuid;
  displayName: string;
  organisationName?: string | null;
}

/** The "@query" being typed: where its "@" is and what follows it up to the caret. */
export interface MentionQuery {
  start: number;
  query: string;
}

/** A query longer than this is ordinary text, not a name being looked up. */
const QUERY_MAX = 40;
/** A name has at most a few words; more spaces than this after "@" end the lookup. */
const QUERY_MAX_SPACES = 3;
export const SUGGESTIONS_MAX = 8;

/** Lower case without diacritics, so "zukauskas" finds "Žukauskas". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('lt');
}

/**
 * The mention being typed at the caret, if any: an "@" at the start or after
 * a space or an opening bracket, followed (up to the caret) by no line break
 * and not by a space straight away.
 */
export function activeMentionQuery(text: string, caret: number): MentionQuery | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf('@');
  if (at === -1) return null;
  const previous = at === 0 ? '' : before.charAt(at - 1);
  if (previous !== '' && !/[\s([{"'«„]/.test(previous)) return null;
  const query = before.slice(at + 1);
  if (query.length > QUERY_MAX || /[\n\r@]/.test(query) || /^\s/.test(query)) return null;
  if ((query.match(/ /g) ?? []).length > QUERY_MAX_SPACES) return null;
  return { start: at, query };
}

/**
 * The candidates whose name, or any word of it, starts with the query
 * (case and diacritics ignored), best first: whole-name prefixes before word
 * prefixes, then by name. Never the writer themself.
 */
export function filterCandidates(
  candidates: readonly MentionCandidate[],
  query: string,
  excludeId: Uuid | null = null,
  limit = SUGGESTIONS_MAX,
): MentionCandidate[] {
  const wanted = foldText(query.trim());
  const scored: { candidate: MentionCandidate; score: number }[] = [];
  for (const candidate of candidates) {
    if (candidate.id === excludeId) continue;
    const name = foldText(candidate.displayName);
    let score = -1;
    if (name.startsWith(wanted)) score = 0;
    else if (name.split(/\s+/).some((word, index) => index > 0 && word.startsWith(wanted))) score = 1;
    else if (wanted.includes(' ') && name.includes(wanted)) score = 2;
    if (score >= 0) scored.push({ candidate, score });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.candidate.displayName.localeCompare(b.candidate.displayName, 'lt'))
    .slice(0, limit)
    .map((entry) => entry.candidate);
}

/** Replaces the "@query" (from its "@" up to the caret) with "@Display Name " and puts the caret after it. */
export function insertMention(
  text: string,
  query: MentionQuery,
  caret: number,
  candidate: MentionCandidate,
): { text: string; caret: number } {
  const inserted = `@${candidate.displayName} `;
  const after = text.slice(caret).replace(/^ /, '');
  return { text: text.slice(0, query.start) + inserted + after, caret: query.start + inserted.length };
}

/** The ids of the chosen people whose "@Display Name" is still in the text when it is sent, each once. */
export function mentionedIds(text: string, chosen: readonly MentionCandidate[]): Uuid[] {
  const ids: Uuid[] = [];
  for (const candidate of chosen) {
    if (!ids.includes(candidate.id) && containsMention(text, candidate.displayName)) ids.push(candidate.id);
  }
  return ids;
}

function containsMention(text: string, displayName: string): boolean {
  const needle = `@${displayName}`;
  let from = 0;
  for (;;) {
    const index = text.indexOf(needle, from);
    if (index === -1) return false;
    if (isBoundary(text, index, needle.length)) return true;
    from = index + 1;
  }
}

/** "@Ona" inside "@Onalė" is not a mention of Ona; neither is an "@" in the middle of a word. */
function isBoundary(text: string, index: number, length: number): boolean {
  const before = index === 0 ? '' : text.charAt(index - 1);
  const after = text.charAt(index + length);
  return (before === '' || !/[\p{L}\p{N}_]/u.test(before)) && (after === '' || !/[\p{L}\p{N}_]/u.test(after));
}

/** A piece of a message body: plain text, or a mention of a person (`me` when it is the reader). */
export interface BodySegment {
  text: string;
  mentionId: Uuid | null;
  me: boolean;
}

type MessageMention = Message['mentions'][number];

/**
 * Splits a body into text and the mentions the server recorded, so each
 * "@Display Name" can be shown as a mention (and the reader's own stands out).
 * Longer names are matched first ("@Ona Petraitė" before "@Ona").
 */
export function bodySegments(body: string, mentions: readonly MessageMention[], myUserId: Uuid | null): BodySegment[] {
  const plain = (text: string): BodySegment => ({ text, mentionId: null, me: false });
  if (mentions.length === 0) return [plain(body)];
  const names = [...mentions].sort((a, b) => b.displayName.length - a.displayName.length);
  const segments: BodySegment[] = [];
  let textStart = 0;
  let index = 0;
  while (index < body.length) {
    const found =
      body.charAt(index) === '@'
        ? names.find(
            (mention) =>
              body.startsWith(`@${mention.displayName}`, index) &&
              isBoundary(body, index, mention.displayName.length + 1),
          )
        : undefined;
    if (found === undefined) {
      index += 1;
      continue;
    }
    if (index > textStart) segments.push(plain(body.slice(textStart, index)));
    const length = found.displayName.length + 1;
    segments.push({ text: body.slice(index, index + length), mentionId: found.id, me: found.id === myUserId });
    index += length;
    textStart = index;
  }
  if (textStart < body.length) segments.push(plain(body.slice(textStart)));
  return segments;
}
