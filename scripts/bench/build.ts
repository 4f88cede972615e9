// npm run bench:build [-- --fractions 0.01,0.1,1 --seed 1 --regenerate]
// Builds the site from a synthetic country at each fraction of the national scale, and a bare
// Astro project with the same number of trivial pages in the same run (TARGETS.md compares the
// rates), then prints one row per fraction so the growth of cost with size is visible.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { scriptOptions } from '../../src/config/cli.ts';
import { flag, fractionList, intBetween } from '../../src/config/values.ts';
import { load as parse } from 'js-yaml';
import { generateTree } from '../synthetic/generate.ts';
import { filesUnder, measureBuild, type BuildFigures } from './build/measure.ts';
import { bareProject, portalProject } from './build/projects.ts';

const repo = path.resolve(import.meta.dirname, '../..');
const values = scriptOptions(
  'npm run bench:build --',
  'Builds the portal from the SYNTHETIC country at each fraction, and a bare Astro site of as many pages.',
  {
    fractions: {
      flag: 'fractions',
      parse: fractionList,
      fallback: [0.01, 0.1],
      help: 'Fractions of the national scale, e.g. 0.01,0.1,1',
    },
    seed: {
      flag: 'seed',
      parse: intBetween(0, 2 ** 31),
      fallback: 1,
      help: 'Seed of the synthetic country',
    },
    regenerate: {
      flag: 'regenerate',
      boolean: true,
      parse: flag,
      fallback: false,
      help: 'Write the synthetic tree again even if it is up to date',
    },
    noBare: {
      flag: 'no-bare',
      boolean: true,
      parse: flag,
      fallback: false,
      help: 'Skip the bare Astro build',
    },
  },
);
const { fractions, seed } = values;

const gb = (bytes: number) => `${(bytes / 2 ** 30).toFixed(2)} GB`;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const rate = (f: BuildFigures) => f.pages / f.seconds;

/** Whether the tree was written by the current generator: none of its sources is newer than the tree. */
function upToDate(info: string): boolean {
  const generator = path.join(repo, 'scripts/synthetic');
  const written = fs.statSync(info).mtimeMs;
  return fs
    .readdirSync(generator)
    .every((f) => fs.statSync(path.join(generator, f)).mtimeMs <= written);
}

/** The tree at synthetic/<percent>, generated unless an up-to-date one with the same seed and fraction is there. */
function syntheticTree(fraction: number): string {
  const dir = path.join(repo, 'synthetic', String(fraction * 100));
  const info = path.join(dir, 'dataset.yaml');
  const existing = fs.existsSync(info)
    ? (parse(fs.readFileSync(info, 'utf8')) as { seed?: number; fraction?: number })
    : undefined;
  if (
    values.regenerate ||
    existing?.seed !== seed ||
    existing.fraction !== fraction ||
    !upToDate(info)
  ) {
    const started = performance.now();
    generateTree({ fraction, seed, out: dir });
    console.log(
      `generated ${path.relative(repo, dir)} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  }
  return dir;
}

function machine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${cpu}, ${os.cpus().length} cores, ${gb(os.totalmem())} RAM, Node ${process.version}, load average at start ${os.loadavg()[0]!.toFixed(1)}`;
}

/** The nation's built search index, for bench:search to measure (synthetic/search-index-<percent>/). */
function keepSearchIndex(outDir: string, fraction: number): void {
  const kept = path.join(repo, 'synthetic', `search-index-${fraction * 100}`);
  fs.rmSync(kept, { recursive: true, force: true });
  fs.cpSync(path.join(outDir, 'search-index'), kept, { recursive: true });
}

/**
 * Reads every file of the tree once, untimed. The portal reads ~450,000 small files at national
 * scale: from a cold page cache that alone varied by a minute between runs (whatever ran before
 * evicted them), while a deployment builds right after a checkout wrote them. So the figures are
 * of a warm cache, the same for every run.
 */
function warmPageCache(tree: string): void {
  const started = performance.now();
  const files = filesUnder(tree);
  const bytes = files.reduce((sum, file) => sum + fs.readFileSync(file).length, 0);
  console.log(
    `page cache warmed: ${files.length} files, ${mb(bytes)} read in ${((performance.now() - started) / 1000).toFixed(1)} s (not counted)`,
  );
}

interface Row {
  fraction: number;
  site: BuildFigures;
  bare?: BuildFigures;
}

function printRow({ fraction, site, bare }: Row): void {
  const cells = [
    `${(fraction * 100).toString().padStart(5)} %`,
    `${String(site.pages).padStart(7)} pages`,
    `${site.seconds.toFixed(1).padStart(7)} s`,
    `${rate(site).toFixed(0).padStart(5)} pages/s`,
    `peak ${gb(site.peakRssBytes)}`,
    `output ${mb(site.outputBytes)} in ${site.outputFiles} files, heaviest page ${site.largestPage.path} ${(site.largestPage.bytes / 2 ** 10).toFixed(0)} KB, ${(site.largestPage.gzipBytes / 2 ** 10).toFixed(1)} KB gzip (${site.largestPage.gzipBytes} B; limit 100 KB)`,
    bare
      ? `bare Astro ${rate(bare).toFixed(0)} pages/s (${bare.seconds.toFixed(1)} s, peak ${gb(bare.peakRssBytes)}); ratio ${(rate(site) / rate(bare)).toFixed(2)}`
      : 'bare Astro skipped',
  ];
  console.log(cells.join(' | '));
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'nok-bench-build-'));
console.log(`bench:build on ${machine()}; work folder ${work}`);
const portal = portalProject(work);
const bare = values.noBare ? undefined : bareProject(work);
const rows: Row[] = [];
for (const fraction of fractions) {
  const tree = syntheticTree(fraction);
  const tag = `f${fraction}`;
  const outDir = path.join(work, `out-${tag}`);
  warmPageCache(tree);
  const site = await measureBuild(
    portal,
    outDir,
    { NOK_CONTENT_DIR: tree, NOK_OUT_DIR: outDir, NOK_CACHE_DIR: path.join(work, `cache-${tag}`) },
    path.join(work, `build-${tag}.log`),
  );
  keepSearchIndex(outDir, fraction);
  fs.rmSync(outDir, { recursive: true, force: true });
  let bareFigures: BuildFigures | undefined;
  if (bare) {
    // Inside the project: its prerender chunks must resolve astro from the linked node_modules.
    const bareOut = path.join(bare, `dist-${tag}`);
    bareFigures = await measureBuild(
      bare,
      bareOut,
      {
        BARE_PAGES: String(site.pages),
        BARE_OUT_DIR: bareOut,
        BARE_CACHE_DIR: path.join(work, `bare-cache-${tag}`),
      },
      path.join(work, `bare-${tag}.log`),
    );
    fs.rmSync(bareOut, { recursive: true, force: true });
  }
  const row = { fraction, site, ...(bareFigures && { bare: bareFigures }) };
  rows.push(row);
  printRow(row);
}
const at = (f: number) => rows.find((r) => r.fraction === f);
const largest = rows.at(-1);
if (at(0.1) && largest && largest.fraction > 0.1) {
  console.log(
    `growth: pages/s at ${largest.fraction * 100} % = ${(rate(largest.site) / rate(at(0.1)!.site)).toFixed(2)} × pages/s at 10 % (target ≥ 0.7)`,
  );
}
console.log(`logs: ${work}`);
