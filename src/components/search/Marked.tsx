import type { Segment } from '../../domain/search/highlight.ts';

/** Text with the matched words in <mark>. */
export function Marked({ segments }: { segments: Segment[] }) {
  return <>{segments.map(([text, match], i) => (match ? <mark key={i}>{text}</mark> : text))}</>;
}
