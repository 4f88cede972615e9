// Builds a site from a content tree into its own temp folder, the way `npm run build` does.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildCommand, buildEnv } from '../../scripts/build.ts';

export interface BuildResult {
  code: number;
  output: string;
  outDir: string;
}

const root = path.resolve(import.meta.dirname, '../..');

/**
 * Vitest puts Vite's own variables (BASE_URL, MODE…) and NODE_ENV=test in process.env; a child
 * build must not inherit them, or it builds development bundles under the wrong base.
 */
function parentEnvWithoutVite(): NodeJS.ProcessEnv {
  const viteKeys = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV']);
  return Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !viteKeys.has(k) && !k.startsWith('VITEST')),
  );
}

export async function buildSite(options: {
  contentDir: string;
  base?: string;
  env?: Record<string, string>;
}): Promise<BuildResult> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'nok-build-'));
  const outDir = path.join(work, 'dist');
  const env = {
    ...buildEnv(parentEnvWithoutVite(), true),
    NOK_CONTENT_DIR: options.contentDir,
    NOK_OUT_DIR: outDir,
    NOK_CACHE_DIR: path.join(work, 'cache'),
    NOK_BASE: options.base ?? '/',
    ...options.env,
  };
  const child = spawn(process.execPath, buildCommand(), { cwd: root, env });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  return { code, output, outDir };
}

/** Copies a fixture content tree to a temp folder so a test can break one file of it. */
export function copyFixture(name: string): string {
  const dest = fs.mkdtempSync(path.join(os.tmpdir(), `nok-fixture-${name}-`));
  fs.cpSync(path.join(root, 'tests/fixtures/content', name), dest, { recursive: true });
  return dest;
}

export function readPage(outDir: string, page: string): string {
  return fs.readFileSync(path.join(outDir, page), 'utf8');
}

const realContent = path.join(root, 'content');

/**
 * A build shared by every test file of the run that only reads its output, kept under `slot` in
 * the run's folder (vitest's global setup names it); without one, a build of its own.
 */
async function sharedBuild(slot: string, build: () => Promise<BuildResult>): Promise<BuildResult> {
  const runDir = process.env.NOK_TEST_RUN_DIR;
  if (runDir === undefined) return build();
  const marker = path.join(runDir, slot, 'result.json');
  if (fs.existsSync(marker)) return JSON.parse(fs.readFileSync(marker, 'utf8')) as BuildResult;
  const result = await build();
  fs.mkdirSync(path.dirname(marker), { recursive: true });
  if (result.code === 0) fs.writeFileSync(marker, JSON.stringify(result));
  return result;
}

/** The real content, built once per test run for each base path. */
export const buildRealSite = (base = '/'): Promise<BuildResult> =>
  sharedBuild(base === '/' ? 'root' : base.replace(/\W+/g, '_'), () =>
    buildSite({ contentDir: realContent, base }),
  );

/**
 * What each fixture is built with when test files share its build: the results fixture carries
 * the accessibility contact, the improvement fixture a fixed day (its statuses depend on it).
 */
export const fixtureEnv = {
  results: { NOK_ACCESSIBILITY_CONTACT: 'dostupnost@example.ru' },
  improvement: { NOK_AS_OF: '2020-06-15' },
} as const;

/** An unchanged fixture tree, built once per test run with its fixtureEnv. */
export const buildFixture = (name: keyof typeof fixtureEnv): Promise<BuildResult> =>
  sharedBuild(`fixture-${name}`, () =>
    buildSite({ contentDir: copyFixture(name), env: fixtureEnv[name] }),
  );
