// Writes a synthetic country as a content tree in the formats of content/: one YAML file per
// entry, results as operators' CSV files (one per region and year), and dataset.yaml that marks
// the whole tree synthetic so every page of a build from it says so.
import fs from 'node:fs';
import path from 'node:path';
import { yamlText } from '../../src/domain/content/yamlEntry.ts';
import { hasValue, type Score } from '../../src/domain/scoring/index.ts';
import { toCsv } from '../../src/domain/opendata/csv.ts';
import { encodeWindows1251 } from './cp1251.ts';
import { improvementPlan } from './improvement.ts';
import { createRandom, hash } from './random.ts';
import { METHOD, YEARS, type Assessment, type Country, type CsvFormat, type Region, type Territory } from './country.ts';


function writeEntry(root: string, folder: string, id: string, data: unknown): void {
  fs.writeFileSync(path.join(root, folder, `${id}.yaml`), yamlText(data));
}

export function writeCountry(country: Country, root: string): void {
  if (fs.existsSync(root)) fs.rmSync(root, { recursive: true });
  const folders = ['territories', 'acts', 'plans', 'coverage-targets', 'council-meetings', 'organizations', 'results', 'assessments', 'improvement-plans'];
  for (const folder of folders) fs.mkdirSync(path.join(root, folder), { recursive: true });
  fs.writeFileSync(path.join(root, 'dataset.yaml'), yamlText(datasetInfo(country)));
  for (const t of country.territories) writeEntry(root, 'territories', t.id, territoryData(t));
  for (const bundle of country.plans) {
    writeEntry(root, 'acts', bundle.act.id, bundle.act.data);
    writeEntry(root, 'plans', bundle.plan.id, bundle.plan.data);
    for (const m of bundle.meetings) writeEntry(root, 'council-meetings', m.id, m.data);
    if (bundle.target) writeEntry(root, 'coverage-targets', bundle.target.id, bundle.target.data);
  }
  for (const o of country.organizations) {
    writeEntry(root, 'organizations', o.id, { name: o.name, ...(o.shortName && { shortName: o.shortName }), sphere: o.sphere, territory: o.municipality.id });
  }
  for (const a of country.assessments) if (a.org.region.deliversInputs) writeEntry(root, 'assessments', `${a.org.id}-${a.year}`, assessmentData(a));
  const resultIds = writeResults(country, root);
  for (const [a, resultId] of resultIds) {
    const random = createRandom(hash(`${country.seed}:improvement:${resultId}`));
    writeEntry(root, 'improvement-plans', `${a.org.id}-${a.year}`, improvementPlan(a, resultId, random));
  }
}

function datasetInfo(country: Country) {
  return {
    synthetic: true,
    note: 'Синтетические данные для проверки масштаба портала; не настоящие результаты, планы и организации.',
    generator: 'scripts/synthetic/generate.ts',
    seed: country.seed,
    fraction: country.fraction,
    counts: {
      territories: country.territories.length,
      plans: country.plans.length,
      organizations: country.organizations.length,
      assessments: country.assessments.length,
    },
  };
}

function territoryData(t: Territory) {
  const authority = t.level === 'municipal' ? `Администрация ${t.place.genitive}` : t.level === 'regional' ? `Правительство ${t.place.genitive}` : 'Министерство труда и социальной защиты Российской Федерации';
  return { name: t.place.name, level: t.level, ...(t.parent && { parent: t.parent }), authority };
}

function assessmentData(a: Assessment) {
  return {
    organization: a.org.id, year: a.year, method: METHOD, operator: a.org.region.operator,
    source: `Синтетический отчёт оператора за ${a.year} год (генератор scripts/synthetic)`,
    inputs: a.inputs,
  };
}

const COLUMNS = [
  'organization_id', 'organization', 'sphere', 'region', 'municipality', 'year', 'method', 'operator',
  'criterion_1', 'criterion_2', 'criterion_3', 'criterion_4', 'criterion_5', 'total', 'max_total', 'source',
];

interface Dialect { delimiter: ',' | ';'; decimal: ',' | '.'; bom: boolean; encode: (text: string) => Uint8Array }

const utf8 = (text: string) => new TextEncoder().encode(text);
const dialects: Record<CsvFormat, Dialect> = {
  'comma-utf8': { delimiter: ',', decimal: ',', bom: false, encode: utf8 },
  'semicolon-utf8-bom': { delimiter: ';', decimal: ',', bom: true, encode: utf8 },
  'semicolon-1251': { delimiter: ';', decimal: ',', bom: false, encode: encodeWindows1251 },
  'comma-point': { delimiter: ',', decimal: '.', bom: false, encode: utf8 },
};

const number = (score: Score, d: Dialect) => (hasValue(score) ? String(score.value).replace('.', d.decimal) : '');

/**
 * One CSV per region and year, in the region's operator's dialect; «same» repeats the source as
 * operators write it. Returns each assessment's result id as the results loader names it (file-row).
 */
function writeResults(country: Country, root: string): Map<Assessment, string> {
  const ids = new Map<Assessment, string>();
  const byRegionYear = new Map<string, Assessment[]>();
  for (const a of country.assessments) {
    const key = `${a.org.region.id}-${a.year}`;
    byRegionYear.set(key, [...(byRegionYear.get(key) ?? []), a]);
  }
  for (const region of country.regions) {
    for (const year of YEARS) {
      const rows = byRegionYear.get(`${region.id}-${year}`);
      if (!rows) continue;
      const stem = `${region.id}-${year}`;
      fs.writeFileSync(path.join(root, 'results', `${stem}.csv`), resultsCsv(region, rows, country.seed));
      rows.forEach((a, i) => ids.set(a, `${stem}-${i + 1}`));
    }
  }
  return ids;
}

function resultsCsv(region: Region, rows: Assessment[], seed: number): Uint8Array {
  const d = dialects[region.format];
  const records = rows.map((a, i) => {
    const criteria = a.scores.criteria.map((c) => number(c.score, d));
    const source = i === 0 ? `Синтетические данные: генератор scripts/synthetic, seed ${seed}` : 'same';
    const values = [
      a.org.id, a.org.name, a.org.sphere, region.place.name, a.org.municipality.place.name, String(a.year), METHOD, region.operator,
      ...criteria, number(a.scores.total, d), '100', source,
    ];
    return Object.fromEntries(COLUMNS.map((column, j) => [column, values[j]!]));
  });
  return d.encode(toCsv(records, COLUMNS, { delimiter: d.delimiter, bom: d.bom }));
}
