// Benchmark of the results CSV importer on a SYNTHETIC file: 100,000 made-up rows, generated
// in memory from a fixed seed, so every run imports the same bytes. No real organization names.
// Run: npx node scripts/bench/import.ts
import { formatImportErrors, importResultsCsv } from '../../src/domain/csv/index.ts';
import { createRandom } from '../synthetic/random.ts';
import { scriptOptions } from '../../src/config/cli.ts';

scriptOptions(
  'npm run bench:import --',
  'Imports a SYNTHETIC 100,000-row results CSV: seconds, rows/s, peak memory.',
  {},
);

const ROWS = 100_000;
const SEED = 20180531;
const spheres = ['culture', 'social', 'health', 'education'] as const;

function syntheticCsv(rows: number, next: () => number): string {
  // Decimal commas (quoted) and points mixed, as in operators' files; some criteria unpublished.
  const score = () => {
    const value = (next() * 100).toFixed(2);
    return next() < 0.5 ? `"${value.replace('.', ',')}"` : value;
  };
  const lines = [
    'organization,sphere,region,municipality,year,method,criterion_1,criterion_2,criterion_3,criterion_4,criterion_5,total,max_total,rank,rank_of,source,notes',
  ];
  for (let i = 1; i <= rows; i += 1) {
    const criteria = Array.from({ length: 5 }, () => (next() < 0.1 ? '' : score()));
    const source = i % 50 === 1 ? `https://example.org/synthetic/${i}` : 'same';
    const notes = i % 1000 === 0 ? '"Синтетическая строка,\nзаметка в две строки"' : '';
    lines.push(
      [
        `"СИНТЕТИЧЕСКОЕ учреждение № ${i}"`,
        spheres[i % 4],
        `Синтетическая область ${i % 85}`,
        '',
        String(2018 + (i % 6)),
        '344н-2018',
        ...criteria,
        score(),
        '100',
        String((i % 50) + 1),
        '50',
        source,
        notes,
      ].join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

const bytes = new TextEncoder().encode(syntheticCsv(ROWS, createRandom(SEED).next));
const started = performance.now();
const result = importResultsCsv(bytes, 'synthetic-100k.csv');
const seconds = (performance.now() - started) / 1000;
if (!result.ok) {
  console.error(formatImportErrors(result.errors.slice(0, 20)));
  process.exit(1);
}
const peakRssMb = process.resourceUsage().maxRSS / 1024;
console.log(`file: ${(bytes.length / 1024 / 1024).toFixed(1)} MB (synthetic, seed ${SEED})`);
console.log(`rows: ${result.rows.length}`);
console.log(`seconds: ${seconds.toFixed(2)}`);
console.log(`rows/s: ${Math.round(result.rows.length / seconds)}`);
console.log(`peak RSS: ${peakRssMb.toFixed(0)} MB`);
