// npm run bench [-- --fractions 0.01,0.1,1]
// Runs every benchmark as its own process (one at a time: they measure the same 2 cores; the
// build first, so that bench:search measures the search index it built from the synthetic nation) and
// prints their key figures next to the targets of TARGETS.md in one table. A benchmark that is
// missing or fails is reported as such; the others still run.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { scriptOptions } from '../../src/config/cli.ts';

const here = import.meta.dirname;
const values = scriptOptions(
  'npm run bench --',
  'Runs every benchmark one at a time and prints their figures against the targets.',
  {
    fractions: {
      flag: 'fractions',
      parse: (raw) => raw,
      fallback: '0.01,0.1',
      help: 'Fractions of the national scale for bench:build, e.g. 0.01,0.1,1',
    },
  },
);

interface Figure {
  name: string;
  pattern: RegExp;
  target?: string;
  meets?: (value: number) => boolean;
}
interface Bench {
  name: string;
  scripts: { file: string; args?: string[] }[];
  figures: Figure[];
}

const num = (s: string) => Number(s.replace(',', '.'));

const benches: Bench[] = [
  {
    name: 'bench:import',
    scripts: [{ file: 'import.ts' }],
    figures: [
      { name: 'rows', pattern: /^rows: (\d+)/m },
      {
        name: 'seconds',
        pattern: /^seconds: ([\d.]+)/m,
        target: '≤ 5 s for 100,000 rows',
        meets: (v) => v <= 5,
      },
      {
        name: 'peak RSS, MB',
        pattern: /^peak RSS: (\d+) MB/m,
        target: '≤ 1024 MB',
        meets: (v) => v <= 1024,
      },
    ],
  },
  {
    name: 'bench:receiver',
    scripts: [{ file: 'receiver.ts' }], // the durability tests too (crash.ts)
    figures: [
      {
        name: 'answers/s',
        pattern: /\((\d+) answers\/s\)/,
        target: '≥ 2,000',
        meets: (v) => v >= 2000,
      },
      {
        name: 'p99 latency, ms',
        pattern: /p99 ([\d.]+) ms/,
        target: '≤ 50 ms',
        meets: (v) => v <= 50,
      },
      { name: 'errors', pattern: /errors: (\d+)/, target: '0', meets: (v) => v === 0 },
      {
        name: 'answers lost after SIGKILLs',
        pattern: /lost: (\d+)/,
        target: '0',
        meets: (v) => v === 0,
      },
    ],
  },
  {
    name: 'bench:build',
    scripts: [{ file: 'build.ts', args: ['--fractions', values.fractions] }],
    figures: [], // one row per fraction, read by buildFigures below
  },
  {
    name: 'bench:search',
    scripts: [{ file: 'search.ts' }],
    figures: [
      {
        name: 'first query, KB gzip',
        pattern: /max: ([\d.,]+) KB gzip/,
        target: '≤ 150 KB',
        meets: (v) => v <= 150,
      },
      {
        name: 'Chromium p95, ms',
        pattern: /Chromium, warm round trip[^\n]*p95 ([\d.,]+) ms/,
        target: '≤ 16 ms',
        meets: (v) => v <= 16,
      },
    ],
  },
  {
    name: 'bench:finder',
    scripts: [{ file: 'finder.ts' }],
    figures: [
      {
        name: 'largest finder file, KB gzip',
        pattern: /^largest finder file: [^\n]*, ([\d.]+) KB gzip/m,
        target: '≤ 60 KB',
        meets: (v) => v <= 60,
      },
      {
        name: 'Chromium p95 per keystroke, ms',
        pattern: /^Chromium, largest file[^\n]*p95 ([\d.]+) ms/m,
        target: '≤ 16 ms',
        meets: (v) => v <= 16,
      },
    ],
  },
];

async function run(
  file: string,
  args: string[] = [],
): Promise<{ code: number; output: string; seconds: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(here, file), ...args], {
    cwd: path.resolve(here, '../..'),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const echo = (d: Buffer) => {
    output += d.toString();
    process.stderr.write(d); // progress stays visible; the summary table goes to stdout
  };
  child.stdout.on('data', echo);
  child.stderr.on('data', echo);
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  return { code, output, seconds: (performance.now() - started) / 1000 };
}

type Row = [bench: string, figure: string, value: string, target: string, verdict: string];

function figureRows(bench: Bench, output: string): Row[] {
  return bench.figures.map((f) => {
    // The last figure printed is the largest index (bench:search ends with the synthetic nation).
    const match = [...output.matchAll(new RegExp(f.pattern.source, `${f.pattern.flags}g`))].at(
      -1,
    )?.[1];
    if (match === undefined)
      return [bench.name, f.name, 'not found in output', f.target ?? '', '?'];
    const verdict = f.meets ? (f.meets(num(match)) ? 'meets' : 'MISSES') : '';
    return [bench.name, f.name, match, f.target ?? '', verdict];
  });
}

/** The per-fraction rows of bench:build: «10 % | 40123 pages | 120.3 s | 333 pages/s | peak 2.10 GB | … ratio 0.35». */
function buildFigures(output: string): Row[] {
  const rows: Row[] = [];
  const line =
    /^\s*([\d.]+) % \|\s*(\d+) pages \|\s*([\d.]+) s \|\s*(\d+) pages\/s \| peak ([\d.]+) GB \| output (\d+) MB[^|]*\|\s*(.*)$/gm;
  for (const m of output.matchAll(line)) {
    const [, pct, pages, seconds, rate, peak, out, bare] = m;
    const ratio = /ratio ([\d.]+)/.exec(bare!)?.[1];
    const national = Number(pct) === 100;
    rows.push([
      'bench:build',
      `${pct} %: pages, s, pages/s`,
      `${pages}, ${seconds}, ${rate}`,
      national ? '< 600 s' : '',
      national ? (Number(seconds) < 600 ? 'meets' : 'MISSES') : '',
    ]);
    rows.push([
      'bench:build',
      `${pct} %: peak RSS, output`,
      `${peak} GB, ${out} MB`,
      national ? '≤ 6 GB' : '',
      national ? (Number(peak) <= 6 ? 'meets' : 'MISSES') : '',
    ]);
    if (ratio)
      rows.push([
        'bench:build',
        `${pct} %: rate ÷ bare Astro rate`,
        ratio,
        national ? '≥ 0.5' : '',
        national ? (Number(ratio) >= 0.5 ? 'meets' : 'MISSES') : '',
      ]);
  }
  const growth = /growth: pages\/s at [\d.]+ % = ([\d.]+)/.exec(output)?.[1];
  if (growth)
    rows.push([
      'bench:build',
      'growth: rate at largest ÷ rate at 10 %',
      growth,
      '≥ 0.7',
      Number(growth) >= 0.7 ? 'meets' : 'MISSES',
    ]);
  return rows;
}

const rows: Row[] = [];
for (const bench of benches) {
  const missing = bench.scripts.filter((s) => !fs.existsSync(path.join(here, s.file)));
  if (missing.length > 0) {
    rows.push([
      bench.name,
      '—',
      `not run: ${missing.map((s) => s.file).join(', ')} missing`,
      '',
      '',
    ]);
    continue;
  }
  let output = '';
  let failed: string | undefined;
  let seconds = 0;
  for (const s of bench.scripts) {
    const result = await run(s.file, s.args);
    output += result.output;
    seconds += result.seconds;
    if (result.code !== 0) failed = `${s.file} exited with ${result.code}`;
  }
  rows.push(...(bench.name === 'bench:build' ? buildFigures(output) : figureRows(bench, output)));
  rows.push([
    bench.name,
    'ran for',
    `${seconds.toFixed(0)} s`,
    '',
    failed ? `FAILED: ${failed}` : 'ok',
  ]);
}

const header: Row = ['benchmark', 'figure', 'value', 'target', 'verdict'];
const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => (r[i] ?? '').length)));
const format = (r: Row) =>
  r
    .map((c, i) => c.padEnd(widths[i]!))
    .join('  ')
    .trimEnd();
console.log(
  ['', format(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(format)].join('\n'),
);
