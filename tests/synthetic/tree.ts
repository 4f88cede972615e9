// Reads a generated tree back the way the site does: each YAML folder through its schema, the
// results CSVs through the importer, then the cross-entry integrity check.
import fs from 'node:fs';
import path from 'node:path';
import { load as parse } from 'js-yaml';
import type { z } from 'zod';
import { importResultsCsv, type PublishedResult } from '../../src/domain/csv/index.ts';
import type { ContentGraph, Entry } from '../../src/domain/content/graph.ts';
import { assessmentSchema } from '../../src/domain/results/assessment.ts';
import {
  coverageTargetSchema, councilMeetingSchema, legalActSchema, organizationSchema, planSchema, territorySchema,
} from '../../src/domain/schemas/index.ts';
import { improvementPlanSchema } from '../../src/domain/schemas/improvementPlan.ts';

export function readFolder<S extends z.ZodType>(root: string, folder: string, schema: S): Entry<z.infer<S>>[] {
  const dir = path.join(root, folder);
  return fs.readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().map((file) => {
    const filePath = `${folder}/${file}`;
    const parsed = schema.safeParse(parse(fs.readFileSync(path.join(dir, file), 'utf8')));
    if (!parsed.success) throw new Error(`${filePath}: ${parsed.error.message}`);
    return { id: file.replace(/\.yaml$/, ''), filePath, data: parsed.data };
  });
}

export function readResults(root: string): Entry<PublishedResult>[] {
  const dir = path.join(root, 'results');
  return fs.readdirSync(dir).filter((f) => f.endsWith('.csv')).sort().flatMap((file) => {
    const result = importResultsCsv(fs.readFileSync(path.join(dir, file)), `results/${file}`);
    if (!result.ok) throw new Error(`results/${file}: ${JSON.stringify(result.errors.slice(0, 3))}`);
    const stem = file.replace(/\.csv$/, '');
    return result.rows.map((data, i) => ({ id: `${stem}-${i + 1}`, filePath: `results/${file}`, data }));
  });
}

export function readGraph(root: string): ContentGraph {
  return {
    territories: readFolder(root, 'territories', territorySchema),
    acts: readFolder(root, 'acts', legalActSchema),
    plans: readFolder(root, 'plans', planSchema),
    coverageTargets: readFolder(root, 'coverage-targets', coverageTargetSchema),
    councilMeetings: readFolder(root, 'council-meetings', councilMeetingSchema),
    organizations: readFolder(root, 'organizations', organizationSchema),
    results: readResults(root),
    assessments: readFolder(root, 'assessments', assessmentSchema),
    improvementPlans: readFolder(root, 'improvement-plans', improvementPlanSchema),
  };
}

/** Every file of a tree with its bytes, by path relative to the root. */
export function snapshot(root: string): Map<string, Buffer> {
  const files = fs.readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(files.map((e) => {
    const full = path.join(e.parentPath, e.name);
    return [path.relative(root, full), fs.readFileSync(full)];
  }));
}
