// The iframe protocol between the embedded questionnaire and an authority's page: the embed
// page posts its height, the snippet on the host page resizes the iframe so it never scrolls
// inside a scrolling page. Heights are not sensitive, so the embed posts to any parent; the
// host checks that the message comes from its own iframe and from the portal's origin.

export const heightMessageType = 'nok-anketa:height';

export interface HeightMessage {
  type: typeof heightMessageType;
  height: number;
}

export const heightMessage = (height: number): HeightMessage => ({
  type: heightMessageType,
  height: Math.ceil(height),
});

/** A sane height in CSS pixels, or undefined for anything else a page might post. */
export function heightFrom(data: unknown): number | undefined {
  if (
    typeof data !== 'object' ||
    data === null ||
    (data as HeightMessage).type !== heightMessageType
  )
    return undefined;
  const { height } = data as HeightMessage;
  return typeof height === 'number' && Number.isFinite(height) && height > 0 && height < 100_000
    ? height
    : undefined;
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The HTML an authority pastes into its site. The listener repeats heightFrom()'s checks inline:
 * the host page has none of the portal's code.
 */
export function embedSnippet(src: string, title: string): string {
  // URL.href percent-encodes quotes and angle brackets, so the address is safe in both places.
  const { href, origin } = new URL(src);
  const selector = JSON.stringify(`iframe[src="${href}"]`);
  return `<iframe src="${escapeHtml(href)}" title="${escapeHtml(title)}" width="100%" height="1400" style="border:0;width:100%" loading="lazy"></iframe>
<script>
window.addEventListener('message', function (e) {
  var frame = document.querySelector(${selector});
  var d = e.data;
  if (!frame || e.source !== frame.contentWindow || e.origin !== ${JSON.stringify(origin)}) return;
  if (!d || d.type !== '${heightMessageType}' || typeof d.height !== 'number' || !(d.height > 0 && d.height < 100000)) return;
  frame.style.height = Math.ceil(d.height) + 'px';
});
</script>`;
}
