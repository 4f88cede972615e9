// Wiring only: every schema lives in src/domain/schemas; this file tells Astro where the files are.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import {
  coverageTargetSchema,
  councilMeetingSchema,
  legalActSchema,
  organizationSchema,
  planSchema,
  territorySchema,
} from './domain/schemas/index.ts';
import { publishedResultSchema } from './domain/csv/index.ts';
import { assessmentSchema } from './domain/results/assessment.ts';
import { improvementPlanSchema } from './domain/schemas/improvementPlan.ts';
import { contentDir } from './lib/contentDir.ts';
import { resultsCsvLoader } from './lib/resultsLoader.ts';

const yamlIn = (folder: string) => glob({ pattern: '*.yaml', base: `${contentDir()}/${folder}` });

export const collections = {
  territories: defineCollection({ loader: yamlIn('territories'), schema: territorySchema }),
  acts: defineCollection({ loader: yamlIn('acts'), schema: legalActSchema }),
  plans: defineCollection({ loader: yamlIn('plans'), schema: planSchema }),
  coverageTargets: defineCollection({ loader: yamlIn('coverage-targets'), schema: coverageTargetSchema }),
  councilMeetings: defineCollection({ loader: yamlIn('council-meetings'), schema: councilMeetingSchema }),
  organizations: defineCollection({ loader: yamlIn('organizations'), schema: organizationSchema }),
  results: defineCollection({ loader: resultsCsvLoader(`${contentDir()}/results`), schema: publishedResultSchema }),
  assessments: defineCollection({ loader: yamlIn('assessments'), schema: assessmentSchema }),
  improvementPlans: defineCollection({ loader: yamlIn('improvement-plans'), schema: improvementPlanSchema }),
};
