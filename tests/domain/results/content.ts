// A content tree read the way the site reads it (schemas, CSV importer, index), without Astro.
import fs from 'node:fs';
import path from 'node:path';
import { indexContent, type ContentIndex } from '../../../src/domain/contentIndex.ts';
import type { ContentGraph, Entry } from '../../../src/domain/integrity.ts';
import { yamlEntries } from '../../helpers/content.ts';
import { importResultsCsv, type PublishedResult } from '../../../src/domain/csv/index.ts';
import { assessmentSchema } from '../../../src/domain/results/index.ts';
import { coverageTargetSchema, legalActSchema, organizationSchema, planSchema, territorySchema } from '../../../src/domain/schemas/index.ts';

const repo = path.resolve(import.meta.dirname, '../../..');
export const fixtureDir = path.join(repo, 'tests/fixtures/content/results');
export const realDir = path.join(repo, 'content');

function resultEntries(root: string): Entry<PublishedResult>[] {
  const dir = path.join(root, 'results');
  return fs.readdirSync(dir).filter((f) => f.endsWith('.csv')).sort().flatMap((f) => {
    const imported = importResultsCsv(fs.readFileSync(path.join(dir, f)), f);
    if (!imported.ok) throw new Error(JSON.stringify(imported.errors));
    return imported.rows.map((data, i) => ({ id: `${f.replace(/\.csv$/, '')}-${i + 1}`, filePath: `results/${f}`, data }));
  });
}

export function graphOf(root: string): ContentGraph {
  return {
    territories: yamlEntries(root, 'territories', territorySchema),
    acts: yamlEntries(root, 'acts', legalActSchema),
    plans: yamlEntries(root, 'plans', planSchema),
    coverageTargets: yamlEntries(root, 'coverage-targets', coverageTargetSchema),
    councilMeetings: [],
    organizations: yamlEntries(root, 'organizations', organizationSchema),
    results: resultEntries(root),
    assessments: yamlEntries(root, 'assessments', assessmentSchema),
  };
}

export const load = (root: string): ContentIndex => indexContent(graphOf(root));
