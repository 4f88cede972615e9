// Writes a synthetic national-scale content tree (never into content/):
//   npx node scripts/synthetic/generate.ts --fraction 0.1 --seed 1 --out synthetic/10
import path from 'node:path';
import { scriptOptions } from '../../src/config/cli.ts';
import { intBetween, fractionList } from '../../src/config/values.ts';
import { generateCountry } from './country.ts';
import { loadPools } from './pools.ts';
import { writeCountry } from './write.ts';

const repo = path.resolve(import.meta.dirname, '../..');

export function generateTree(options: { fraction: number; seed: number; out: string }) {
  const out = path.resolve(options.out);
  const content = path.join(repo, 'content');
  if (out === content || out.startsWith(`${content}${path.sep}`)) throw new Error(`--out ${out}: синтетические данные нельзя писать в content/`);
  const country = generateCountry(options.fraction, options.seed, loadPools(content));
  writeCountry(country, out);
  return country;
}

if (import.meta.main) {
  const { fraction, seed, out: outOption } = scriptOptions('npm run synthetic:generate --', 'Writes a SYNTHETIC national-scale content tree (never into content/).', {
    fraction: { flag: 'fraction', parse: (raw) => fractionList(raw)[0]!, fallback: 0.01, help: 'Share of the national scale, from 0 to 1' },
    seed: { flag: 'seed', parse: intBetween(0, 2 ** 31), fallback: 1, help: 'Seed of the generator (the same seed writes the same tree)' },
    out: { flag: 'out', parse: (raw): string | undefined => raw, fallback: undefined, help: 'Folder to write (default synthetic/<percent>)' },
  });
  const out = outOption ?? path.join(repo, 'synthetic', String(Math.round(fraction * 100)));
  const started = performance.now();
  const c = generateTree({ fraction, seed, out });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${out}: ${c.territories.length} territories, ${c.plans.length} plans, ${c.organizations.length} organizations, ${c.assessments.length} assessments (${seconds} s)`);
}
