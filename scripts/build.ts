// npm run build: `astro build` under the V8 settings a national build needs.
//
// Every page leaves a few copies of its HTML in ArrayBuffers (the Response body, the copy the
// build writes). V8 by default starts a full GC after every 64 MB of such memory, whatever the
// size of the heap: with the national registers in memory (~2 GB live) that meant a full GC every
// few hundred pages, more than half of a national build. Counting those buffers in the heap's own
// limit lets the GC pace itself by the heap; the old-space cap keeps that limit, and so the
// build's peak memory, bounded (a 30 % build: 246 → 176 s, peak 2.43 → 2.49 GB).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { commandLine } from '../src/config/cli.ts';
import { localSite, readOptions, type Spec } from '../src/config/settings.ts';
import { flag } from '../src/config/values.ts';

export const buildNodeFlags = [
  '--external-memory-accounted-in-global-limit',
  '--max-old-space-size=4096',
];

const astro = path.resolve(import.meta.dirname, '../node_modules/astro/bin/astro.mjs');

/** The command line of a build, for scripts that spawn one themselves (tests, benchmarks). */
export function buildCommand(astroBin = astro): string[] {
  return [...buildNodeFlags, astroBin, 'build'];
}

/**
 * The environment of a build. A local one (npm start, tests, benchmarks) is for viewing on this
 * machine: without NOK_SITE it writes localhost into citations, which a deployment must not.
 */
export function buildEnv(env: NodeJS.ProcessEnv, local: boolean): NodeJS.ProcessEnv {
  return {
    ...env,
    ASTRO_TELEMETRY_DISABLED: '1',
    ...(local && !env['NOK_SITE'] ? { NOK_SITE: localSite } : {}),
  };
}

const specs = {
  local: {
    flag: 'local',
    boolean: true,
    parse: flag,
    fallback: false,
    help: `Build for viewing on this machine: NOK_SITE defaults to ${localSite}`,
  } satisfies Spec<boolean>,
};

if (import.meta.main) {
  const argv = process.argv.slice(2);
  const intro =
    'Builds the portal into dist/ (NOK_OUT_DIR). Its settings are environment variables: README «Configuration».';
  const { local } = commandLine(
    'npm run build --',
    specs,
    argv,
    () => readOptions(specs, argv, process.env),
    intro,
  );
  const child = spawn(process.execPath, buildCommand(), {
    stdio: 'inherit',
    env: buildEnv(process.env, local),
  });
  child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
