// What the content tree says about itself: content/ has no dataset.yaml (real data); the
// synthetic generator writes one with `synthetic: true`, and then every page must say so.
import fs from 'node:fs';
import path from 'node:path';
import { load as parse } from 'js-yaml';
import { z } from 'zod';
import { contentDir } from './contentDir.ts';
import { contentError } from './contentError.ts';

export const datasetSchema = z
  .strictObject({
    synthetic: z
      .boolean()
      .describe('The tree is generated, not real results: every page shows a banner'),
    note: z.string().min(1).optional().describe('What the data is, in Russian'),
    generator: z.string().min(1).optional().describe('Script that wrote the tree'),
    seed: z.number().int().optional().describe('Seed of the generator'),
    fraction: z.number().positive().max(1).optional().describe('Share of the national scale'),
    counts: z
      .record(z.string(), z.number().int().min(0))
      .optional()
      .describe('Entries written, per collection'),
  })
  .describe('dataset.yaml at the root of a content tree');
export type Dataset = z.infer<typeof datasetSchema>;

let cached: Dataset | undefined;

/** The dataset description, read once per build; a tree without dataset.yaml is real data. */
export function dataset(): Dataset {
  if (cached) return cached;
  const file = path.join(contentDir(), 'dataset.yaml');
  if (!fs.existsSync(file)) return (cached = { synthetic: false });
  const result = datasetSchema.safeParse(parse(fs.readFileSync(file, 'utf8')));
  if (!result.success) throw contentError(`${file}: ${z.prettifyError(result.error)}`);
  return (cached = result.data);
}
