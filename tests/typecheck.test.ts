// TypeScript strict over every .ts and .astro file. `tsc` alone does not read .astro files, and a
// type error there (a name imported twice) once reached main unnoticed.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';

it('type-checks the project, .astro files included (astro check)', () => {
  const astro = path.resolve('node_modules/astro/bin/astro.mjs');
  const run = spawnSync(process.execPath, [astro, 'check'], {
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
  expect(run.stdout).toMatch(/- 0 errors/);
});
