import { createHash } from 'node:crypto';

const sha256 = (bytes: Uint8Array) => `'sha256-${createHash('sha256').update(bytes).digest('base64')}'`;

export interface PageScan {
  /** Hashes of inline scripts (Astro's island loader); JSON data blocks are not executed and need none. */
  scriptHashes: string[];
  /** Hashes of <style> elements (Astro's one-line island rule). */
  styleHashes: string[];
  /** Style attributes cannot be hashed: a page with one breaks a policy without 'unsafe-inline'. */
  hasStyleAttribute: boolean;
}

/**
 * What a built page needs from a strict policy, so it can list hashes instead of allowing
 * 'unsafe-inline'. The page is scanned as latin1 — one character per byte, so no UTF-8 decoding of
 * ~1 GB of HTML at national scale, and match offsets are byte offsets — and hashed as its bytes.
 */
export function scanPage(page: Buffer): PageScan {
  const html = page.toString('latin1');
  const bytes = ([start, end]: [number, number]) => page.subarray(start, end);
  const scripts = new Set<string>();
  for (const m of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/dg)) {
    const attrs = m[1] ?? '';
    if (/\ssrc=/.test(attrs) || /type="application\/(ld\+)?json"/.test(attrs)) continue;
    scripts.add(sha256(bytes(m.indices![2]!)));
  }
  const styles = new Set<string>();
  for (const m of html.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/dg)) {
    styles.add(sha256(bytes(m.indices![1]!)));
  }
  return { scriptHashes: [...scripts], styleHashes: [...styles], hasStyleAttribute: /<[a-z][^>]*\sstyle="/i.test(html) };
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
