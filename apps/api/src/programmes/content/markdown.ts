/**
 * Markdown to HTML that is safe to put into a page. marked renders
 * (GitHub-flavoured); sanitize-html then keeps only an allow-list of tags and
 * attributes, so no script, no style, no event handler, and no link or image
 * to anything but http(s) (and mailto for links). Renders are cached by
 * source text, as the same module material is read again and again.
 */
import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

const marked = new Marked({ gfm: true, breaks: false, async: false });

const INLINE_TAGS = ['a', 'strong', 'em', 'del', 'code', 'br'];
const BLOCK_TAGS = [
  ...INLINE_TAGS,
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'hr', 'blockquote', 'ul', 'ol', 'li', 'pre', 'img'],
  ...['table', 'thead', 'tbody', 'tr', 'th', 'td'],
];

const sanitiseOptions = (allowedTags: string[]): sanitizeHtml.IOptions => ({
  allowedTags,
  allowedAttributes: {
    a: ['href', 'title', 'rel'],
    img: ['src', 'alt', 'title'],
    ol: ['start'],
    th: ['align'],
    td: ['align'],
  },
  allowedClasses: { code: [/^language-[\w-]+$/] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // Links in course material lead elsewhere: the target gets no handle on this page.
  transformTags: {
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'noopener noreferrer nofollow' } }),
  },
});

const BLOCK_OPTIONS = sanitiseOptions(BLOCK_TAGS);
const INLINE_OPTIONS = sanitiseOptions(INLINE_TAGS);

/** Bounded by characters (sources and renders), not entries: module bodies can be long. */
const CACHE_BUDGET_CHARACTERS = 4_000_000;
const cache = new Map<string, string>();
let cachedCharacters = 0;

/** Whole material: paragraphs, headings, lists, tables. */
export function renderMarkdown(markdown: string): string {
  return cached(`block:${markdown}`, () => sanitizeHtml(marked.parse(markdown, { async: false }), BLOCK_OPTIONS));
}

/** One line, such as a title: emphasis, code and links, no paragraphs. */
export function renderInlineMarkdown(markdown: string): string {
  return cached(`inline:${markdown}`, () =>
    sanitizeHtml(marked.parseInline(markdown, { async: false }), INLINE_OPTIONS),
  );
}

function cached(key: string, render: () => string): string {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const html = render().trim();
  const size = key.length + html.length;
  if (size > CACHE_BUDGET_CHARACTERS / 10) return html;
  // Oldest first: a Map iterates in insertion order.
  for (const [oldKey, oldHtml] of cache) {
    if (cachedCharacters + size <= CACHE_BUDGET_CHARACTERS) break;
    cache.delete(oldKey);
    cachedCharacters -= oldKey.length + oldHtml.length;
  }
  cache.set(key, html);
  cachedCharacters += size;
  return html;
}
