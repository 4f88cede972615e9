/**
 * Inline clean-up shared by the source and the content side of the fidelity check
 * (see normalize.ts for the whole normalization and why it is the only one).
 */

/** Paragraph and line-break tags separate text, so they become a space, never nothing. */
const BLOCK_TAG = /<\/?p\s*>|<br\s*\/?>/gi;
/** A link keeps only what the reader saw: its inner text. */
const LINK = /<a\s[^>]*>([\s\S]*?)<\/a>/gi;
/** Markdown bold markers sit right against words, so they vanish without a space. */
const BOLD = /\*\*/g;

/** Drops the markup the seed documents carry: `<p>`, `</p>`, `<br>`, `**`, `<a href>` (keeps inner text). */
export function stripMarkup(text: string): string {
  return text.replace(LINK, '$1').replace(BLOCK_TAG, ' ').replace(BOLD, '');
}

/** Any run of whitespace — tabs, newlines, NBSP (JS `\s` covers U+00A0) — becomes one space. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** One table cell or one field value as a reader sees it: no markup, single spaces, trimmed. */
export function cleanInline(text: string): string {
  return collapseWhitespace(stripMarkup(text));
}
