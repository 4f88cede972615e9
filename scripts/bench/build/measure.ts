// Runs one `astro build` as a child process and measures what the benchmark reports: wall time,
// peak resident memory of the process tree (polled from /proc), pages built and output size.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildCommand, buildEnv } from '../../build.ts';

export interface BuildFigures {
  pages: number;
  seconds: number;
  peakRssBytes: number;
  outputBytes: number;
  outputFiles: number;
  /** The heaviest HTML page, by its path in the output: what a reader on a phone may have to load. */
  largestPage: HeaviestPage;
}

function statusField(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(
      fs.readFileSync(`/proc/${pid}/status`, 'utf8'),
    );
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0; // the process has just exited
  }
}

function descendants(pid: number): number[] {
  let children: number[] = [];
  try {
    for (const task of fs.readdirSync(`/proc/${pid}/task`)) {
      children.push(
        ...fs
          .readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8')
          .split(' ')
          .filter(Boolean)
          .map(Number),
      );
    }
  } catch {
    children = [];
  }
  return [pid, ...children.flatMap(descendants)];
}

/** Peak RSS of a process tree: the root's own high-water mark, or the largest sampled sum over the tree. */
function trackPeak(pid: number) {
  let peak = 0;
  const sample = () => {
    const tree = descendants(pid);
    peak = Math.max(
      peak,
      statusField(pid, 'VmHWM'),
      tree.reduce((sum, p) => sum + statusField(p, 'VmRSS'), 0),
    );
  };
  const timer = setInterval(sample, 200);
  return { stop: () => (clearInterval(timer), peak), sample };
}

/** Every file below `dir`, as a path. */
export const filesUnder = (dir: string): string[] =>
  fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));

export interface HeaviestPage {
  path: string;
  bytes: number;
  /** What a phone downloads from deploy/nginx: `gzip on` at nginx's default gzip_comp_level 1. */
  gzipBytes: number;
}

/**
 * Compressing every page of a national build (~145,000) would take minutes, so only the largest
 * pages of each kind (first path segment) are compressed. Pages of one kind compress alike, so the
 * heaviest compressed page is among the largest raw ones of its kind; kinds do not (a results
 * table compresses 9:1, a plan list 20:1), so each kind sends its own candidates.
 */
const candidatesPerKind = 10;

const kindOf = (relative: string) => relative.split(path.sep)[0]!;

function candidates(pages: { file: string; relative: string; size: number }[]) {
  const byKind = new Map<string, typeof pages>();
  for (const page of pages)
    byKind.set(kindOf(page.relative), [...(byKind.get(kindOf(page.relative)) ?? []), page]);
  return [...byKind.values()].flatMap((list) =>
    list.sort((a, b) => b.size - a.size).slice(0, candidatesPerKind),
  );
}

export function directorySize(dir: string): {
  bytes: number;
  files: number;
  largestPage: HeaviestPage;
} {
  let bytes = 0;
  const pages: { file: string; relative: string; size: number }[] = [];
  const files = filesUnder(dir);
  for (const file of files) {
    const size = fs.statSync(file).size;
    bytes += size;
    if (file.endsWith('.html')) pages.push({ file, relative: path.relative(dir, file), size });
  }
  const heaviest = candidates(pages)
    .map(({ file, relative, size }) => ({
      path: `/${relative}`,
      bytes: size,
      gzipBytes: gzipSync(fs.readFileSync(file), { level: 1 }).length,
    }))
    .sort((a, b) => b.gzipBytes - a.gzipBytes)[0];
  return {
    bytes,
    files: files.length,
    largestPage: heaviest ?? { path: '', bytes: 0, gzipBytes: 0 },
  };
}

/** Builds the Astro project in `cwd` into `outDir`; fails with the end of the log if the build fails. */
export async function measureBuild(
  cwd: string,
  outDir: string,
  env: NodeJS.ProcessEnv,
  logFile: string,
): Promise<BuildFigures> {
  const astro = path.join(cwd, 'node_modules/astro/bin/astro.mjs');
  const started = performance.now();
  // The same Node flags as `npm run build`, for both projects: the comparison is of the sites, not the settings.
  const child = spawn(process.execPath, buildCommand(astro), {
    cwd,
    env: buildEnv({ ...process.env, ...env }, true),
  });
  const peak = trackPeak(child.pid!);
  const log = fs.createWriteStream(logFile);
  let tail = '';
  const keep = (d: Buffer) => {
    log.write(d);
    tail = (tail + d.toString()).slice(-4000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  peak.sample();
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  const seconds = (performance.now() - started) / 1000;
  const peakRssBytes = peak.stop();
  log.end();
  if (code !== 0)
    throw new Error(
      `astro build в ${cwd} завершилась с кодом ${code}; журнал: ${logFile}\n${tail}`,
    );
  const pages = Number(/(\d+) page\(s\) built in/.exec(tail)?.[1] ?? NaN);
  const out = directorySize(outDir);
  return {
    pages,
    seconds,
    peakRssBytes,
    outputBytes: out.bytes,
    outputFiles: out.files,
    largestPage: out.largestPage,
  };
}
