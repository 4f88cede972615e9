// npm run bench:js [-- --dist dist]
// JavaScript a page makes the browser download before its islands run, gzip -9: module scripts,
// island components and renderers and everything they import statically, plus inline scripts.
// Files loaded later on demand (dynamic import(), the search worker) are listed apart: they do
// not block the page, but they are what a visitor downloads once the island is used.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

export interface PageJs {
  /** gzip bytes of each file loaded at start, by path under the site root. */
  files: Map<string, number>;
  /** gzip bytes of the inline scripts' text. */
  inline: number;
  /** gzip bytes of each file loaded on demand (dynamic import, worker). */
  deferred: Map<string, number>;
}

const gzipBytes = (code: string | Buffer) => gzipSync(code, { level: 9 }).length;
const relative = (from: string, spec: string) => path.posix.join(path.posix.dirname(from), spec);

/** Follows static imports from the entry files; dynamic imports and workers go to `deferred`. */
function walk(
  outDir: string,
  entries: string[],
  files: Map<string, number>,
  deferred: Map<string, number>,
): void {
  const queue = entries.map((file) => ({ file, late: false }));
  while (queue.length > 0) {
    const { file, late } = queue.pop()!;
    if (files.has(file) || (late && deferred.has(file))) continue;
    const code = fs.readFileSync(path.join(outDir, file), 'utf8');
    (late ? deferred : files).set(file, gzipBytes(code));
    for (const m of code.matchAll(/(?:from|import)\s*["'`](\.\/[^"'`]+\.js)["'`]/g))
      queue.push({ file: relative(file, m[1]!), late });
    for (const m of code.matchAll(/import\(\s*["'`](\.\/[^"'`]+\.js)["'`]\s*\)/g))
      queue.push({ file: relative(file, m[1]!), late: true });
    for (const m of code.matchAll(/new URL\(\s*[`"'](\/_astro\/[^`"']+\.js)[`"']/g))
      queue.push({ file: m[1]!, late: true });
  }
  for (const f of files.keys()) deferred.delete(f);
}

/** What the page at `page` (a path under outDir, e.g. anketa/kultura/index.html) ships. */
export function pageJs(outDir: string, page: string, base = '/'): PageJs {
  const html = fs.readFileSync(path.join(outDir, page), 'utf8');
  const strip = (url: string) => `/${url.slice(base.length)}`;
  const entries = [...html.matchAll(/(?:src|component-url|renderer-url)="([^"]+\.js)"/g)].map((m) =>
    strip(m[1]!),
  );
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce(
    (n, m) => n + (m[1]!.trim() ? gzipBytes(m[1]!) : 0),
    0,
  );
  const files = new Map<string, number>();
  const deferred = new Map<string, number>();
  walk(outDir, entries, files, deferred);
  return { files, inline, deferred };
}

export const totalOf = (sizes: Map<string, number>) =>
  [...sizes.values()].reduce((a, b) => a + b, 0);

const pages = [
  ['survey', 'anketa/kultura/index.html'],
  ['questionnaire index', 'anketa/index.html'],
  ['search', 'poisk/index.html'],
  ['territory, one target year (no chart)', 'territorii/tatarstan/index.html'],
  ['territory with target charts', 'territorii/rossiya/index.html'],
  ['territory results (distribution chart)', 'rezultaty/krasnodarskiy-kray/index.html'],
  ['organization with a criteria chart', 'organizatsii/mikhaylovskiy-mkc/index.html'],
  ['organizations', 'organizatsii/index.html'],
  ['organization', 'organizatsii/abinskiy-kdc/index.html'],
  ['home', 'index.html'],
] as const;

if (import.meta.main) {
  const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
  const outDir = path.resolve(values.dist);
  for (const [name, page] of pages) {
    if (!fs.existsSync(path.join(outDir, page))) {
      console.log(`${name} (${page}): not built`);
      continue;
    }
    const js = pageJs(outDir, page);
    const list = (m: Map<string, number>) =>
      [...m].map(([f, n]) => `${path.basename(f)} ${n}`).join(', ') || 'none';
    console.log(
      `${name} (${page}): ${totalOf(js.files) + js.inline} B gzip at start (files ${totalOf(js.files)} B: ${list(js.files)}; inline ${js.inline} B); on demand ${totalOf(js.deferred)} B (${list(js.deferred)})`,
    );
  }
}
