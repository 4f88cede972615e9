import { createHash } from 'node:crypto';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * Hashes of the inline scripts a built page carries (Astro's island loader). A strict policy
 * lists them instead of allowing 'unsafe-inline'; JSON data blocks are not executed and need none.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const m of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1] ?? '';
    if (/\ssrc=/.test(attrs) || /type="application\/(ld\+)?json"/.test(attrs)) continue;
    hashes.add(sha256(m[2] ?? ''));
  }
  return [...hashes];
}

/** Hashes of <style> elements (Astro's one-line island rule); style attributes cannot be hashed. */
export function inlineStyleHashes(html: string): string[] {
  return [...new Set([...html.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/g)].map((m) => sha256(m[1] ?? '')))];
}

export function hasStyleAttributes(html: string): boolean {
  return /<[a-z][^>]*\sstyle="/i.test(html);
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
