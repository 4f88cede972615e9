// npm run bench:finder [-- --dist dist --runs 3]
// The organization finder at national scale, on the SYNTHETIC nation (scripts/synthetic, seed 1,
// 100 %: the same country `npm run synthetic:generate -- --fraction 1` writes, generated here in
// memory without a build). Prints the finder files the build would write (count, largest gzip
// bytes, against the 60 KB budget), then the time per keystroke over the largest file: in Node
// (fuse.js ranking alone) and in headless Chromium through the site's production island (input
// event → React's commit; the largest file served in place of a real region's), p50/p95 against
// the 16 ms frame. Needs a build of the site first (npm run build) for the Chromium part.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { OrganizationFinder } from '../../src/domain/organizations/finder.ts';
import {
  buildFinderFiles,
  type FinderOrganization,
  type FinderShard,
} from '../../src/domain/organizations/finderShards.ts';
import { sphereSlug } from '../../src/domain/questionnaire/sphereSlugs.ts';
import { launchBrowser } from '../../tests/helpers/browser.ts';
import { generateCountry } from '../synthetic/country.ts';
import { loadPools } from '../synthetic/pools.ts';

const root = path.resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: { dist: { type: 'string', default: 'dist' }, runs: { type: 'string', default: '3' } },
});
const DIST = path.resolve(root, values.dist);
const RUNS = Number(values.runs);

/** What citizens type, letter by letter: abbreviations, numbers, a kindergarten's name, typos. */
const queries = [
  'школа 12',
  'мбоу сош 5',
  'средняя общеобразовательная школа № 3',
  'детский сад ромашка',
  'д/с 7 солнышко',
  'гимназия 2',
  'дом детского творчества',
  'школа 4',
  'основная школа',
];

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[
    Math.min(values.length - 1, Math.floor((p / 100) * values.length))
  ]!;
const ms = (v: number) => `${v.toFixed(2)} ms`;
const kb = (v: number) => `${(v / 1024).toFixed(1)} KB`;
const stats = (times: number[]) =>
  `p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}, max ${ms(Math.max(...times))} (${times.length} keystrokes)`;

function nation(): FinderOrganization[] {
  const started = performance.now();
  const country = generateCountry(1, 1, loadPools(path.join(root, 'content')));
  console.log(
    `SYNTHETIC nation (seed 1, 100 %): ${country.organizations.length} organizations in ${country.regions.length} regions, generated in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return country.organizations.map((o) => ({
    id: o.id,
    name: o.name,
    sphere: o.sphere,
    region: { id: o.region.id, name: o.region.place.name },
    municipality: { id: o.municipality.id, name: o.municipality.place.name },
  }));
}

/** Every prefix of every query, as typed; the finder asked at each. */
const keystrokes = () =>
  Array.from({ length: RUNS }, () =>
    queries.flatMap((q) => [...q].map((_, i) => q.slice(0, i + 1))),
  ).flat();

function nodeTimes(shard: FinderShard) {
  const finder = new OrganizationFinder(shard);
  const t = performance.now();
  finder.search(queries[0]!.slice(0, 1), { limit: 10 }); // the first keystroke builds fuse's index
  const first = performance.now() - t;
  const typed = keystrokes();
  const times = typed.map((q) => {
    const s = performance.now();
    finder.search(q, { limit: 10 });
    return performance.now() - s;
  });
  const slowest = times
    .map((t, i) => [t, typed[i]!] as const)
    .sort((a, b) => b[0] - a[0])
    .slice(0, 3);
  return { first, times, slowest: slowest.map(([t, q]) => `«${q}» ${ms(t)}`).join(', ') };
}

/** Serves the built site, with the region's file replaced by `shard`. */
async function serve(replaced: string, shard: FinderShard) {
  const body = JSON.stringify(shard);
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (pathname === `/anketa/spisok/${replaced}.json`)
      return void res
        .writeHead(200, { 'content-type': 'application/json; charset=utf-8' })
        .end(body);
    const file = path.join(DIST, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    if (!file.startsWith(DIST) || !fs.existsSync(file)) return void res.writeHead(404).end();
    const type = file.endsWith('.js')
      ? 'text/javascript'
      : file.endsWith('.css')
        ? 'text/css'
        : file.endsWith('.html')
          ? 'text/html; charset=utf-8'
          : 'application/json';
    res.writeHead(200, { 'content-type': type }).end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** A real region and sphere of the build whose file the synthetic one stands in for. */
function realRegion(): { path: string; region: string; sphere: string } {
  const dir = path.join(DIST, 'anketa/spisok');
  if (!fs.existsSync(dir))
    throw new Error(`${dir}: no finder files. Run "npm run build" first, or pass --dist <folder>.`);
  const region = fs.readdirSync(dir).sort()[0]!;
  const slug = fs
    .readdirSync(path.join(dir, region))
    .find((f) => f.endsWith('.json'))!
    .replace(/\.json$/, '');
  const sphere = Object.entries(sphereSlug).find(([, s]) => s === slug)![0];
  return { path: `${region}/${slug}`, region, sphere };
}

async function chromiumTimes(shard: FinderShard) {
  const real = realRegion();
  const server = await serve(real.path, shard);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/anketa/`);
    await page.waitForSelector('astro-island:not([ssr])');
    const sphereLabel = await page
      .locator(`#finder-sphere option[value="${real.sphere}"]`)
      .textContent();
    await page.selectOption('#finder-sphere', real.sphere);
    await page.selectOption('#finder-region', real.region);
    await page.waitForSelector('#finder-name:enabled');
    // Input event (capture, before React) to the first task after it: React's render and commit
    // of the results run in between, in the same task and its microtasks.
    await page.evaluate(() => {
      const w = window as unknown as { times: number[] };
      w.times = [];
      const channel = new MessageChannel();
      let start = 0;
      channel.port1.onmessage = () => w.times.push(performance.now() - start);
      document.addEventListener(
        'input',
        () => ((start = performance.now()), channel.port2.postMessage(0)),
        true,
      );
    });
    const count = () =>
      page.evaluate(() => (window as unknown as { times: number[] }).times.length);
    const typed: number[] = [];
    for (let r = 0; r < RUNS; r += 1) {
      for (const q of queries) {
        await page.fill('#finder-name', '');
        await page.waitForTimeout(50); // the clearing's own measurement arrives, and is dropped
        await page.evaluate(() => ((window as unknown as { times: number[] }).times = []));
        for (const c of q) {
          const before = await count();
          await page.keyboard.type(c);
          while ((await count()) === before) await page.waitForTimeout(1);
        }
        typed.push(
          ...(await page.evaluate(() => (window as unknown as { times: number[] }).times)),
        );
      }
    }
    return { times: typed, stoodInFor: `${real.path} (${sphereLabel})`, first: typed[0]! };
  } finally {
    await browser.close();
    await server.close();
  }
}

const { regions, shards } = buildFinderFiles(nation(), (s) => sphereSlug[s]);
const sized = [...shards].map(([name, shard]) => {
  const text = JSON.stringify(shard);
  return { name, shard, raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 6 }).length };
});
sized.sort((a, b) => b.gzip - a.gzip);
const largest = sized[0]!;
const split = regions.flatMap((r) =>
  Object.entries(r.spheres)
    .filter(([, e]) => e.split)
    .map(([s]) => `${r.id}/${s}`),
);
console.log(
  `finder files: ${sized.length} (${regions.length} regions × their spheres; split by municipality: ${split.length === 0 ? 'none' : split.join(', ')})`,
);
console.log(
  `largest finder file: ${largest.name}.json, ${largest.shard.organizations.length} organizations, ${kb(largest.raw)} raw, ${kb(largest.gzip)} gzip (${largest.gzip} B; target ≤ 60 KB)`,
);
console.log(
  `next largest: ${sized
    .slice(1, 4)
    .map((s) => `${s.name} ${kb(s.gzip)}`)
    .join(', ')}`,
);

const node = nodeTimes(largest.shard);
console.log(
  `Node ${process.version}, largest file: first keystroke (builds fuse's index) ${ms(node.first)}; per keystroke ${stats(node.times)}; slowest ${node.slowest}`,
);
const chromium = await chromiumTimes(largest.shard);
console.log(
  `Chromium, largest file standing in for ${chromium.stoodInFor}: first keystroke ${ms(chromium.first)}; per keystroke input → commit ${stats(chromium.times)} (target p95 ≤ 16 ms)`,
);
