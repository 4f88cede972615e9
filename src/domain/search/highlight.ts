// Matched words marked in place, and a snippet cut around the first of them.
import { wordSpans } from './normalize.ts';

/** Text split into runs, `true` where a run is a matched word. */
export type Segment = [text: string, match: boolean];

export function highlight(text: string, isMatch: (form: string) => boolean): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const span of wordSpans(text)) {
    if (!isMatch(span.form)) continue;
    if (span.start > at) out.push([text.slice(at, span.start), false]);
    out.push([text.slice(span.start, span.end), true]);
    at = span.end;
  }
  if (at < text.length) out.push([text.slice(at), false]);
  return out;
}

/** Up to `max` characters of the text around its first matched word, cut at word boundaries. */
export function snippet(text: string, isMatch: (form: string) => boolean, max = 240): Segment[] {
  if (text.length <= max) return highlight(text, isMatch);
  const first = wordSpans(text).find((s) => isMatch(s.form))?.start ?? 0;
  let start = Math.max(0, first - Math.floor(max / 3));
  let end = Math.min(text.length, start + max);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (end < text.length)
    end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
  const segments = highlight(text.slice(start, end), isMatch);
  if (start > 0) segments.unshift(['…', false]);
  if (end < text.length) segments.push(['…', false]);
  return segments;
}
