// Writes a synthetic national-scale content tree (never into content/):
//   npx node scripts/synthetic/generate.ts --fraction 0.1 --seed 1 --out synthetic/10
import path from 'node:path';
import { parseArgs } from 'node:util';
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
  const { values } = parseArgs({ options: { fraction: { type: 'string', default: '0.01' }, seed: { type: 'string', default: '1' }, out: { type: 'string' } } });
  const fraction = Number(values.fraction);
  const seed = Number(values.seed);
  if (!(fraction > 0 && fraction <= 1) || !Number.isInteger(seed)) throw new Error('--fraction: число от 0 до 1; --seed: целое число');
  const out = values.out ?? path.join(repo, 'synthetic', String(Math.round(fraction * 100)));
  const started = performance.now();
  const c = generateTree({ fraction, seed, out });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${out}: ${c.territories.length} territories, ${c.plans.length} plans, ${c.organizations.length} organizations, ${c.assessments.length} assessments (${seconds} s)`);
}
