import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, scanPage } from '../../../src/domain/security/csp.ts';

const hashOf = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const page = (html: string) => scanPage(Buffer.from(html, 'utf8'));

describe('scanPage', () => {
  it('hashes the UTF-8 bytes of inline scripts, also when they hold Cyrillic text', () => {
    const script = 'console.log("Анкета отправлена")';
    const scan = page(
      `<p>Организация № 3</p><script>${script}</script><script type="module">x()</script>`,
    );
    expect(scan.scriptHashes).toEqual([hashOf(script), hashOf('x()')]);
  });

  it('skips external scripts and JSON data blocks, and lists a repeated script once', () => {
    const scan = page(
      '<script type="module" src="/_astro/a.js"></script><script type="application/ld+json">{"a":1}</script><script>a()</script><script>a()</script>',
    );
    expect(scan.scriptHashes).toEqual([hashOf('a()')]);
  });

  it('hashes <style> elements and finds style attributes', () => {
    const scan = page(
      '<style>astro-island{display:contents}</style><div style="color:red">Текст</div>',
    );
    expect(scan.styleHashes).toEqual([hashOf('astro-island{display:contents}')]);
    expect(scan.hasStyleAttribute).toBe(true);
  });

  it('does not take escaped text for a style attribute', () => {
    expect(page('<p>&lt;b style=&quot;x&quot;&gt; — пример кода</p>').hasStyleAttribute).toBe(
      false,
    );
  });
});

describe('contentSecurityPolicy', () => {
  it('lists the hashes, sorted, and who may frame the page', () => {
    const policy = contentSecurityPolicy({
      scriptHashes: ["'sha256-b'", "'sha256-a'"],
      styleHashes: [],
      frameAncestors: ["'none'"],
    });
    expect(policy).toContain("script-src 'self' 'sha256-a' 'sha256-b'");
    expect(policy).toContain("style-src 'self';");
    expect(policy).toContain("frame-ancestors 'none'");
  });
});

describe('scanPage reads elements, not text that looks like them', () => {
  it('takes no hash from script-like text in an attribute, a comment or escaped text', () => {
    const hostile = '"><script>alert(3)</script>';
    const html = `<meta name="description" content='${hostile}'><title>${hostile.replace(/</g, '&lt;')}</title><!-- <script>alert(4)</script> --><p data-x="<style>p{}</style>">т</p>`;
    expect(page(html)).toEqual({ scriptHashes: [], styleHashes: [], hasStyleAttribute: false });
  });

  it('still finds a real script after such text, and a style attribute written without a space', () => {
    const scan = page(
      `<p title="<script>alert(1)</script>">т</p><script>real()</script><p/style="x">`,
    );
    expect(scan.scriptHashes).toEqual([hashOf('real()')]);
    expect(scan.hasStyleAttribute).toBe(true);
  });

  it('hashes a script whose text holds «</scr» and quotes as the browser sees it', () => {
    const script = 'document.title = "</scr" + "ipt>"';
    expect(page(`<script>${script}</script>`).scriptHashes).toEqual([hashOf(script)]);
  });
});
