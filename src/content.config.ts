// Wiring only: every schema lives in src/domain/schemas; this file tells Astro where the files are.
// The operator-delivered registers (organizations, assessments, results CSVs, improvement plans)
// are read by src/lib/registers.ts with their own schemas: at national scale the content layer's
// store of half a million entries was the largest fixed cost of the build.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import {
  coverageTargetSchema,
  councilMeetingSchema,
  legalActSchema,
  planSchema,
  territorySchema,
} from './domain/schemas/index.ts';
import { contentDir } from './lib/contentDir.ts';

const yamlIn = (folder: string) => glob({ pattern: '*.yaml', base: `${contentDir()}/${folder}` });

export const collections = {
  territories: defineCollection({ loader: yamlIn('territories'), schema: territorySchema }),
  acts: defineCollection({ loader: yamlIn('acts'), schema: legalActSchema }),
  plans: defineCollection({ loader: yamlIn('plans'), schema: planSchema }),
  coverageTargets: defineCollection({
    loader: yamlIn('coverage-targets'),
    schema: coverageTargetSchema,
  }),
  councilMeetings: defineCollection({
    loader: yamlIn('council-meetings'),
    schema: councilMeetingSchema,
  }),
};
