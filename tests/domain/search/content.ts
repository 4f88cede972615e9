// The real content, read the way the site reads it (schemas + index), without Astro.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { indexContent, type ContentIndex } from '../../../src/domain/contentIndex.ts';
import type { ContentGraph } from '../../../src/domain/integrity.ts';
import { councilMeetingSchema, legalActSchema, organizationSchema, planSchema, territorySchema } from '../../../src/domain/schemas/index.ts';

const root = path.resolve(import.meta.dirname, '../../../content');

function entries<S extends z.ZodType>(folder: string, schema: S) {
  const dir = path.join(root, folder);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ id: f.replace(/\.yaml$/, ''), filePath: `${folder}/${f}`, data: schema.parse(parse(fs.readFileSync(path.join(dir, f), 'utf8'))) as z.infer<S> }));
}

export function loadRealContent(): ContentIndex {
  const graph: ContentGraph = {
    territories: entries('territories', territorySchema),
    acts: entries('acts', legalActSchema),
    plans: entries('plans', planSchema),
    coverageTargets: [],
    councilMeetings: entries('council-meetings', councilMeetingSchema),
    organizations: entries('organizations', organizationSchema),
    results: [],
  };
  return indexContent(graph);
}
