// A content tree read the way the site reads it (a schema per folder, the CSV importer), without
// Astro: the one builder of content graphs for unit tests of rules that span entries.
import fs from 'node:fs';
import path from 'node:path';
import { importResultsCsv, type PublishedResult } from '../../src/domain/csv/index.ts';
import type { ContentGraph, Entry } from '../../src/domain/content/graph.ts';
import { assessmentSchema } from '../../src/domain/results/index.ts';
import {
  councilMeetingSchema,
  coverageTargetSchema,
  improvementPlanSchema,
  legalActSchema,
  organizationSchema,
  planSchema,
  territorySchema,
} from '../../src/domain/schemas/index.ts';
import { yamlEntries } from './content.ts';

export const repo = path.resolve(import.meta.dirname, '../..');
export const fixtureRoot = (name: string) => path.join(repo, 'tests/fixtures/content', name);

function resultEntries(root: string): Entry<PublishedResult>[] {
  const dir = path.join(root, 'results');
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.csv'))
    .sort()
    .flatMap((f) => {
      const imported = importResultsCsv(fs.readFileSync(path.join(dir, f)), f);
      if (!imported.ok) throw new Error(JSON.stringify(imported.errors));
      return imported.rows.map((data, i) => ({
        id: `${f.replace(/\.csv$/, '')}-${i + 1}`,
        filePath: `results/${f}`,
        data,
      }));
    });
}

export function contentGraph(root: string): ContentGraph {
  return {
    territories: yamlEntries(root, 'territories', territorySchema),
    acts: yamlEntries(root, 'acts', legalActSchema),
    plans: yamlEntries(root, 'plans', planSchema),
    coverageTargets: yamlEntries(root, 'coverage-targets', coverageTargetSchema),
    councilMeetings: yamlEntries(root, 'council-meetings', councilMeetingSchema),
    organizations: yamlEntries(root, 'organizations', organizationSchema),
    results: resultEntries(root),
    assessments: yamlEntries(root, 'assessments', assessmentSchema),
    improvementPlans: yamlEntries(root, 'improvement-plans', improvementPlanSchema),
  };
}

/** The day unit tests judge deadlines against (a build uses its own day or NOK_AS_OF). */
export const TEST_AS_OF = '2025-06-01';
