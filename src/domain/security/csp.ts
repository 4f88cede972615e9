import { createHash } from 'node:crypto';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

const sha256 = (bytes: Uint8Array) =>
  `'sha256-${createHash('sha256').update(bytes).digest('base64')}'`;

export interface PageScan {
  /** Hashes of inline scripts (Astro's island loader); JSON data blocks are not executed and need none. */
  scriptHashes: string[];
  /** Hashes of <style> elements (Astro's one-line island rule). */
  styleHashes: string[];
  /** Style attributes cannot be hashed: a page with one breaks a policy without 'unsafe-inline'. */
  hasStyleAttribute: boolean;
}

/**
 * Only bytes that spell «<script», «<style» or a style attribute can hold something to hash or
 * refuse; every other page (most of a national build: organization pages have no island) skips
 * the parser. The test is a superset: text that merely looks like a tag still goes to parse5.
 */
const mayHoldInlineCode = /<(?:script|style)[\s>/]|[\s/"']style\s*=/i;

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const isElement = (node: Node): node is Element => 'tagName' in node;

function* elements(node: Node): Generator<Element> {
  if (isElement(node)) yield node;
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const child of children) yield* elements(child);
  if (isElement(node) && node.tagName === 'template')
    yield* elements((node as DefaultTreeAdapterMap['template']).content);
}

const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

/** Scripts that run: not external, not a JSON data block. */
const isInlineCode = (el: Element) =>
  attr(el, 'src') === undefined && !/^application\/(ld\+)?json$/i.test(attr(el, 'type') ?? '');

/**
 * What a built page needs from a strict policy, so it can list hashes instead of allowing
 * 'unsafe-inline'. Elements come from parse5's HTML parse, as a browser builds them, so script
 * text inside an attribute or a comment is never taken for a script. The page is parsed as latin1
 * — one character per byte, so no UTF-8 decoding, and source offsets are byte offsets — and each
 * element's content is hashed as its bytes, which is what the browser hashes.
 */
export function scanPage(page: Buffer): PageScan {
  const scan: PageScan = { scriptHashes: [], styleHashes: [], hasStyleAttribute: false };
  const html = page.toString('latin1');
  if (!mayHoldInlineCode.test(html)) return scan;
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const el of elements(parse(html, { sourceCodeLocationInfo: true }))) {
    if (el.attrs.some((a) => a.name === 'style')) scan.hasStyleAttribute = true;
    const target =
      el.tagName === 'script' && isInlineCode(el)
        ? scripts
        : el.tagName === 'style'
          ? styles
          : undefined;
    const at = el.sourceCodeLocation;
    if (!target || !at?.startTag) continue;
    target.add(
      sha256(page.subarray(at.startTag.endOffset, at.endTag?.startOffset ?? at.endOffset)),
    );
  }
  return { ...scan, scriptHashes: [...scripts], styleHashes: [...styles] };
}

export interface PolicyOptions {
  scriptHashes: string[];
  styleHashes: string[];
  /** Origins the survey may post to besides the site itself (a receiver on another host). */
  connectSrc?: string[];
  /** Who may frame the page: 'none' for the portal, embedding origins for /embed/. */
  frameAncestors: string[];
}

export function contentSecurityPolicy(options: PolicyOptions): string {
  const connect = ["'self'", ...(options.connectSrc ?? [])].join(' ');
  return [
    "default-src 'self'",
    `script-src 'self' ${[...options.scriptHashes].sort().join(' ')}`.trim(),
    `style-src 'self' ${[...options.styleHashes].sort().join(' ')}`.trim(),
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${connect}`,
    `form-action ${connect}`,
    `frame-ancestors ${options.frameAncestors.join(' ')}`,
    "base-uri 'self'",
    "object-src 'none'",
  ].join('; ');
}
