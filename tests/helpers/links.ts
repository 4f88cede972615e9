// Walks a built site and checks that every internal link, anchor and asset resolves.
import fs from 'node:fs';
import path from 'node:path';

export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

function htmlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? htmlFiles(p) : d.name.endsWith('.html') ? [p] : [];
  });
}

const decodeEntities = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decodeEntities(m[1]!)));
}

/** Resolves a URL path under `base` to a file of the build, as a static host would. */
function fileFor(outDir: string, base: string, pathname: string): string | null {
  if (!pathname.startsWith(base)) return null;
  const rel = decodeURIComponent(pathname.slice(base.length));
  const candidate = path.join(outDir, rel);
  if (fs.existsSync(candidate) && fs.statSync(candidate).isDirectory()) {
    const index = path.join(candidate, 'index.html');
    return fs.existsSync(index) ? index : null;
  }
  return fs.existsSync(candidate) ? candidate : null;
}

export function checkLinks(
  outDir: string,
  base: string,
): { pages: number; links: number; broken: BrokenLink[] } {
  const pages = htmlFiles(outDir);
  const idCache = new Map<string, Set<string>>();
  const ids = (file: string) => {
    if (!idCache.has(file)) idCache.set(file, idsOf(fs.readFileSync(file, 'utf8')));
    return idCache.get(file)!;
  };
  const broken: BrokenLink[] = [];
  let links = 0;
  for (const page of pages) {
    const html = fs.readFileSync(page, 'utf8');
    const pagePath = base + path.relative(outDir, page).replace(/index\.html$/, '');
    for (const m of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
      const raw = decodeEntities(m[1]!);
      if (/^(https?:|mailto:|tel:|data:)/.test(raw) && !raw.startsWith('http://localhost'))
        continue;
      links += 1;
      const target = new URL(raw, `http://site${pagePath}`);
      const file = fileFor(outDir, base, target.pathname);
      const where = path.relative(outDir, page);
      if (!file) {
        broken.push({ page: where, href: raw, reason: 'нет такого файла' });
        continue;
      }
      const anchor = decodeURIComponent(target.hash.slice(1));
      if (anchor && file.endsWith('.html') && !ids(file).has(anchor))
        broken.push({ page: where, href: raw, reason: `нет якоря #${anchor}` });
    }
  }
  return { pages: pages.length, links, broken };
}
