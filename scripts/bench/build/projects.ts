// The two projects a build benchmark compares. Both are copies in a temp folder with the
// checkout's node_modules linked in: Astro writes intermediate chunks to <project>/.astro, so two
// builds of one checkout at once (tests, other benchmarks) would delete each other's chunks.
import fs from 'node:fs';
import path from 'node:path';

const repo = path.resolve(import.meta.dirname, '../../..');

/** A copy of the portal project: what `npm run build` builds, nothing else. */
export function portalProject(work: string): string {
  const dir = path.join(work, 'portal');
  fs.mkdirSync(dir, { recursive: true });
  for (const item of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    if (fs.existsSync(path.join(repo, item)))
      fs.cpSync(path.join(repo, item), path.join(dir, item), { recursive: true });
  }
  fs.symlinkSync(path.join(repo, 'node_modules'), path.join(dir, 'node_modules'));
  return dir;
}

const barePage = `---
// N trivial pages, one small table each: the floor of what an Astro build of N pages costs.
export function getStaticPaths() {
  return Array.from({ length: Number(process.env.BARE_PAGES) }, (_, i) => ({ params: { n: String(i) } }));
}
const n = Number(Astro.params.n);
const rows = [1, 2, 3, 4, 5];
---
<!doctype html>
<html lang="ru">
  <head><meta charset="utf-8" /><title>Страница {n}</title></head>
  <body>
    <h1>Страница {n}</h1>
    <table>
      <thead><tr><th>Показатель</th><th>Значение</th></tr></thead>
      <tbody>{rows.map((i) => <tr><td>Показатель {i}</td><td>{n * i}</td></tr>)}</tbody>
    </table>
  </body>
</html>
`;

/** A bare Astro project with the portal's own astro; the page count comes from BARE_PAGES at build time. */
export function bareProject(work: string): string {
  const dir = path.join(work, 'bare');
  fs.mkdirSync(path.join(dir, 'src/pages'), { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'package.json'),
    '{ "name": "bare", "private": true, "type": "module" }\n',
  );
  fs.writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    "export default { outDir: process.env.BARE_OUT_DIR, cacheDir: process.env.BARE_CACHE_DIR, trailingSlash: 'always' };\n",
  );
  fs.writeFileSync(path.join(dir, 'src/pages/[n].astro'), barePage);
  fs.symlinkSync(path.join(repo, 'node_modules'), path.join(dir, 'node_modules'));
  return dir;
}
