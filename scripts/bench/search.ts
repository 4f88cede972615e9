// Benchmark of the search index, on the real content's built index and on a SYNTHETIC national
// scale (records generated here from a fixed seed; place and organization names are made up,
// measure texts are sampled from the real plans). Prints, per index: size, bytes downloaded for a
// first query (raw and gzip), index load time, and query time p50/p95 in headless Chromium (the
// site's production worker bundle, round trip from the page) and in Node (the same engine).
// Run after a build:  npx node scripts/bench/search.ts [--records 150000] [--dist dist] [--runs 20]
import { scriptOptions } from '../../src/config/cli.ts';
import { intBetween } from '../../src/config/values.ts';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { load as parse } from 'js-yaml';
import { buildSearchIndex } from '../../src/domain/search/build.ts';
import { SearchEngine } from '../../src/domain/search/engine.ts';
import type { SearchFilters } from '../../src/domain/search/filters.ts';
import type { IndexTerritory, SearchRecord } from '../../src/domain/search/record.ts';
import { launchBrowser } from '../../tests/helpers/browser.ts';
import { createRandom } from '../synthetic/random.ts';

const root = path.resolve(import.meta.dirname, '../..');
const options = scriptOptions(
  'npm run bench:search --',
  'The search index: first-query download and query time in Chromium and Node (after a build).',
  {
    records: {
      flag: 'records',
      parse: intBetween(1, 2_000_000),
      fallback: 150_000,
      help: 'Generated records of the synthetic index',
    },
    dist: {
      flag: 'dist',
      parse: (raw) => raw,
      fallback: 'dist',
      help: 'Built site whose index is measured',
    },
    runs: { flag: 'runs', parse: intBetween(1, 1000), fallback: 20, help: 'Runs of each query' },
  },
);
const RECORDS = options.records;
const DIST = path.resolve(root, options.dist);
const RUNS = options.runs;
const SEED = 20180417;

/** What a journalist types, including misspellings, the wrong keyboard layout, a word being typed and a filtered search. */
const queries: { query: string; filters: SearchFilters }[] = [
  { query: 'анкеты', filters: {} },
  { query: 'размещение анкеты на официальном сайте', filters: {} },
  { query: 'заседаниях общественного совета', filters: {} },
  { query: 'независимой оценке', filters: {} },
  { query: 'ежеквартально', filters: {} },
  { query: 'анкиты', filters: {} },
  { query: 'онкеты', filters: {} }, // a typo in the first letter: the second-letter dictionaries too
  { query: 'fyrtns', filters: {} }, // «анкеты» typed in the Latin layout: two passes
  { query: '2019', filters: {} },
  { query: 'засе', filters: {} },
  { query: 'школа', filters: {} },
  { query: 'библиотека', filters: { kind: 'organization' } },
  { query: 'независимой оценки качества', filters: { level: 'municipal', year: 2017 } },
];

// ---------- synthetic national scale ----------

interface MeasureSample {
  text: string;
  form?: string;
  deadline?: string;
  executors?: string[];
}

/** Every measure of the real plans, as the vocabulary synthetic measures are drawn from. */
function realMeasures(): MeasureSample[] {
  const out: MeasureSample[] = [];
  const walk = (list: (MeasureSample & { items?: MeasureSample[] })[]) =>
    list.forEach((m) => (out.push(m), walk(m.items ?? [])));
  const dir = path.join(root, 'content/plans');
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.yaml')))
    walk(
      (parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { measures: MeasureSample[] }).measures,
    );
  return out;
}

function syntheticCountry(records: number) {
  const next = createRandom(SEED).next;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const syllables = [
    'ба',
    'вер',
    'го',
    'дуб',
    'ель',
    'жа',
    'зор',
    'ка',
    'лес',
    'мир',
    'но',
    'ост',
    'пре',
    'ро',
    'сол',
    'тур',
    'ур',
    'хол',
    'чер',
    'шаб',
    'яр',
    'ни',
    'ва',
    'кам',
    'бор',
  ];
  const stem = () =>
    Array.from({ length: 2 + Math.floor(next() * 2) }, () => pick(syllables)).join('');
  const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
  const territories: IndexTerritory[] = [
    { id: 'rf', name: 'Российская Федерация (синтетическая)', level: 'federal' },
  ];
  for (let r = 0; r < 89; r += 1) {
    territories.push({
      id: `r${r}`,
      name: `${cap(stem())}ская область`,
      level: 'regional',
      parent: 'rf',
    });
    for (let m = 0; m < 26; m += 1)
      territories.push({
        id: `r${r}-m${m}`,
        name: `${cap(stem())}ский район`,
        level: 'municipal',
        parent: `r${r}`,
      });
  }
  const municipal = territories.filter((t) => t.level === 'municipal');
  const measures = realMeasures();
  const orgKinds = [
    ['МБОУ', 'Средняя общеобразовательная школа', 'education'],
    ['МБДОУ', 'Детский сад', 'education'],
    ['МБУК', 'Библиотека', 'culture'],
    ['МБУК', 'Дом культуры', 'culture'],
    ['ГБУЗ', 'Центральная районная больница', 'health'],
    ['ГБУЗ', 'Поликлиника', 'health'],
    ['ГБУ СО', 'Комплексный центр социального обслуживания населения', 'social'],
    ['ГБУ СО', 'Дом-интернат для престарелых и инвалидов', 'social'],
  ] as const;
  const spheres = ['culture', 'social', 'health', 'education'] as const;
  const out: SearchRecord[] = [];
  const share = { organization: 0.6, measure: 0.33, meeting: 0.07 }; // plans and acts: one each per 30 measures
  for (let i = 0; i < Math.round(records * share.organization); i += 1) {
    const t = pick(municipal);
    const [type, name, sphere] = pick(orgKinds);
    out.push({
      kind: 'organization',
      href: `/organizatsii/s${i}/`,
      title: `${type} «${name} № ${1 + Math.floor(next() * 40)}» ${cap(stem())}ского поселения`,
      text: '',
      details: [],
      context: t.name,
      territory: t.id,
      years: null,
      spheres: [sphere],
    });
  }
  // Plans of ~30 measures: the measures of a plan share its territory, period and spheres,
  // as in the real plans; most plans are municipal.
  const plans = Math.round((records * share.measure) / 30);
  for (let p = 0; p < plans; p += 1) {
    const t = next() < 0.9 ? pick(municipal) : pick(territories);
    const from = 2014 + Math.floor(next() * 6);
    const planSpheres = spheres.filter(() => next() < 0.6);
    const years = { from, to: from + 2 };
    for (let i = 0; i < 30; i += 1) {
      const m = pick(measures);
      out.push({
        kind: 'measure',
        href: `/plany/s${p}/#measure-${i + 1}`,
        title: `Пункт ${i + 1}.`,
        text: m.text,
        details: [
          ...(m.form ? [{ label: 'Форма реализации', value: m.form }] : []),
          ...(m.deadline ? [{ label: 'Срок исполнения', value: m.deadline }] : []),
          ...(m.executors?.length ? [{ label: 'Исполнители', value: m.executors.join('; ') }] : []),
        ],
        context: `План мероприятий по организации проведения независимой оценки — ${t.name}`,
        territory: t.id,
        years,
        spheres: planSpheres,
      });
    }
    for (const kind of ['plan', 'act'] as const) {
      const title =
        kind === 'plan'
          ? `План мероприятий по организации проведения независимой оценки качества (${t.name})`
          : `Постановление администрации № ${1 + Math.floor(next() * 900)}-п`;
      out.push({
        kind,
        href: `/plany/s${p}/${kind === 'act' ? '#act' : ''}`,
        title,
        text: '',
        details: [],
        context: t.name,
        territory: t.id,
        years,
        spheres: planSpheres,
      });
    }
  }
  for (let i = 0; i < Math.round(records * share.meeting); i += 1) {
    const t = pick(territories);
    const year = 2014 + Math.floor(next() * 8);
    out.push({
      kind: 'meeting',
      href: `/territorii/${t.id}/#meeting-s${i}`,
      title: `Заседание ${1 + (i % 4)} (запланировано, ${year} г.)`,
      text: `${pick(measures).text} О перечне организаций, в отношении которых проводится независимая оценка`,
      details: [],
      context: t.name,
      territory: t.id,
      years: { from: year, to: year },
      spheres: [pick(spheres)],
    });
  }
  return { records: out, territories };
}

// ---------- measuring ----------

type Files = Map<string, string>; // name → JSON text

const gzipSize = new Map<string, number>();
const gz = (name: string, text: string) => {
  if (!gzipSize.has(name)) gzipSize.set(name, gzipSync(text, { level: 6 }).length);
  return gzipSize.get(name)!;
};

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
const ms = (v: number) => `${v.toFixed(2)} ms`;

/** p50/p95 per query: times are in rounds of `queries`, so query i is every i-th time. */
function perQuery(times: number[]): string {
  return queries
    .map((q, i) => {
      const own = times.filter((_, j) => j % queries.length === i);
      return `    «${q.query}»: p50 ${ms(percentile(own, 50))}, p95 ${ms(percentile(own, 95))}`;
    })
    .join('\n');
}
const kb = (v: number) => `${(v / 1024).toFixed(1)} KB`;

/** Bytes a fresh engine downloads to answer one query: the first query of a visit. */
async function firstQueryBytes(files: Files, q: (typeof queries)[number]) {
  const fetched: string[] = [];
  const engine = await SearchEngine.open(
    async (name) => (fetched.push(name), JSON.parse(files.get(name)!) as unknown),
  );
  const result = await engine.search(q.query, q.filters, 20);
  const raw = fetched.reduce((s, n) => s + Buffer.byteLength(files.get(n)!), 0);
  const gzip = fetched.reduce((s, n) => s + gz(n, files.get(n)!), 0);
  return { files: fetched.length, raw, gzip, total: result.total };
}

async function nodeQueryTimes(files: Files): Promise<number[]> {
  const engine = await SearchEngine.open(async (name) => JSON.parse(files.get(name)!) as unknown);
  for (const q of queries) await engine.search(q.query, q.filters, 20); // warm: every file loaded
  const times: number[] = [];
  for (let r = 0; r < RUNS; r += 1) {
    for (const q of queries) {
      const t = performance.now();
      await engine.search(q.query, q.filters, 20);
      times.push(performance.now() - t);
    }
  }
  return times;
}

/** Serves the built site, with /search-index/ taken from `files`. */
async function serve(files: Files) {
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const index = pathname.match(/^\/search-index\/(.+)\.json$/);
    if (index) {
      const body = files.get(index[1]!);
      if (body === undefined) return void res.writeHead(404).end();
      return void res
        .writeHead(200, { 'content-type': 'application/json; charset=utf-8' })
        .end(body);
    }
    if (pathname === '/bench/')
      return void res
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<!doctype html><title>bench</title>');
    const file = path.join(DIST, pathname);
    if (!file.startsWith(DIST) || !fs.existsSync(file) || fs.statSync(file).isDirectory())
      return void res.writeHead(404).end();
    res
      .writeHead(200, {
        'content-type': file.endsWith('.js') ? 'text/javascript' : 'application/octet-stream',
      })
      .end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** In Chromium, through the site's production worker: cold first query, then warm query round trips. */
async function chromiumTimes(files: Files, workerPath: string) {
  const server = await serve(files);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/bench/`);
    return await page.evaluate(
      async ({ workerPath, queries, runs }) => {
        const worker = new Worker(workerPath, { type: 'module' });
        let id = 0;
        const ask = (body: object) =>
          new Promise<unknown>((resolve, reject) => {
            const my = (id += 1);
            const listener = (
              e: MessageEvent<{ id: number; ok: boolean; value?: unknown; error?: string }>,
            ) => {
              if (e.data.id !== my) return;
              worker.removeEventListener('message', listener);
              if (e.data.ok) resolve(e.data.value);
              else reject(new Error(e.data.error));
            };
            worker.addEventListener('message', listener);
            worker.postMessage({ ...body, id: my, base: '/' });
          });
        const t0 = performance.now();
        await ask({ type: 'options' });
        const metaLoad = performance.now() - t0;
        const t1 = performance.now();
        await ask({
          type: 'search',
          query: queries[0]!.query,
          filters: queries[0]!.filters,
          limit: 20,
        });
        const firstQuery = performance.now() - t1;
        for (const q of queries)
          await ask({ type: 'search', query: q.query, filters: q.filters, limit: 20 });
        const times: number[] = [];
        for (let r = 0; r < runs; r += 1) {
          for (const q of queries) {
            const t = performance.now();
            await ask({ type: 'search', query: q.query, filters: q.filters, limit: 20 });
            times.push(performance.now() - t);
          }
        }
        worker.terminate();
        return { metaLoad, firstQuery, times };
      },
      { workerPath, queries, runs: RUNS },
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

async function report(label: string, files: Files, workerPath: string) {
  const all = [...files.entries()];
  const totalRaw = all.reduce((s, [, t]) => s + Buffer.byteLength(t), 0);
  console.log(`\n== ${label}`);
  console.log(
    `index: ${files.size} files, ${kb(totalRaw)} raw in all (the browser never downloads all of it)`,
  );
  console.log(
    `meta.json: ${kb(Buffer.byteLength(files.get('meta')!))} raw, ${kb(gz('meta', files.get('meta')!))} gzip`,
  );
  console.log(
    'first query (fresh visit: meta + term files + dictionary if fuzzy + facet blocks if filtered + 20 shown records):',
  );
  const firsts = [];
  for (const q of queries) {
    const b = await firstQueryBytes(files, q);
    firsts.push(b);
    console.log(
      `  «${q.query}»${Object.keys(q.filters).length ? ` ${JSON.stringify(q.filters)}` : ''}: ${b.total} found; ${b.files} files, ${kb(b.raw)} raw, ${kb(b.gzip)} gzip`,
    );
  }
  console.log(`  max: ${kb(Math.max(...firsts.map((b) => b.gzip)))} gzip (target ≤ 150 KB)`);
  const node = await nodeQueryTimes(files);
  console.log(
    `Node ${process.version}, warm: p50 ${ms(percentile(node, 50))}, p95 ${ms(percentile(node, 95))}, max ${ms(Math.max(...node))} (${node.length} queries)`,
  );
  console.log(perQuery(node));
  const c = await chromiumTimes(files, workerPath);
  console.log(
    `Chromium, index load (worker start + meta.json): ${ms(c.metaLoad)}; first query «${queries[0]!.query}» cold: ${ms(c.firstQuery)}`,
  );
  console.log(
    `Chromium, warm round trip page → worker → page: p50 ${ms(percentile(c.times, 50))}, p95 ${ms(percentile(c.times, 95))}, max ${ms(Math.max(...c.times))} (${c.times.length} queries; target p95 ≤ 16 ms)`,
  );
  console.log(perQuery(c.times));
}

function builtWorker(): string {
  const astroDir = path.join(DIST, '_astro');
  const worker = fs.existsSync(astroDir)
    ? fs.readdirSync(astroDir).find((f) => /^worker-.*\.js$/.test(f))
    : undefined;
  if (!worker || !fs.existsSync(path.join(DIST, 'search-index/meta.json'))) {
    throw new Error(
      `${DIST}: no built search (worker-*.js, search-index/). Run "npm run build" first, or pass --dist <folder>.`,
    );
  }
  return `/_astro/${worker}`;
}

const readIndex = (dir: string): Files =>
  new Map(
    fs
      .readdirSync(dir)
      .map((f) => [f.replace(/\.json$/, ''), fs.readFileSync(path.join(dir, f), 'utf8')]),
  );

const workerPath = builtWorker();
await report(`real content (${DIST})`, readIndex(path.join(DIST, 'search-index')), workerPath);

const t = performance.now();
const country = syntheticCountry(RECORDS);
const built = buildSearchIndex(country.records, country.territories);
const synthetic: Files = new Map(
  [...built.files].map(([name, content]) => [name, JSON.stringify(content)]),
);
const buildMs = performance.now() - t;
console.log(
  `\nSYNTHETIC: ${country.records.length} records (seed ${SEED}), ${country.territories.length} territories; generated and indexed in ${(buildMs / 1000).toFixed(1)} s, rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`,
);
await report(`SYNTHETIC national scale, ${country.records.length} records`, synthetic, workerPath);

// The index the site itself built from the synthetic nation (kept by bench:build), largest last:
// `npm run bench` reports the last figures printed.
const nations = fs.existsSync(path.join(root, 'synthetic'))
  ? fs
      .readdirSync(path.join(root, 'synthetic'))
      .filter((d) => /^search-index-[\d.]+$/.test(d))
      .sort((a, b) => parseFloat(a.slice(13)) - parseFloat(b.slice(13)))
  : [];
if (nations.length === 0)
  console.log(
    '\nSYNTHETIC nation: no index yet; run "npm run bench:build -- --fractions 1" to build one.',
  );
for (const dir of nations) {
  await report(
    `SYNTHETIC nation at ${dir.slice(13)} % (index built by the site from synthetic/${dir.slice(13)}/, kept by bench:build)`,
    readIndex(path.join(root, 'synthetic', dir)),
    workerPath,
  );
}
