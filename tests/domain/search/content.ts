// The real content, read the way the site reads it (schemas + index), without Astro.
import path from 'node:path';
import { indexContent, type ContentIndex } from '../../../src/domain/contentIndex.ts';
import type { ContentGraph } from '../../../src/domain/integrity.ts';
import { yamlEntries } from '../../helpers/content.ts';
import { councilMeetingSchema, legalActSchema, organizationSchema, planSchema, territorySchema } from '../../../src/domain/schemas/index.ts';

const root = path.resolve(import.meta.dirname, '../../../content');

export function loadRealContent(): ContentIndex {
  const graph: ContentGraph = {
    territories: yamlEntries(root, 'territories', territorySchema),
    acts: yamlEntries(root, 'acts', legalActSchema),
    plans: yamlEntries(root, 'plans', planSchema),
    coverageTargets: [],
    councilMeetings: yamlEntries(root, 'council-meetings', councilMeetingSchema),
    organizations: yamlEntries(root, 'organizations', organizationSchema),
    results: [],
  };
  return indexContent(graph);
}
