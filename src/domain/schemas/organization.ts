import { z } from 'zod';
import { annotationsSchema, idSchema, sphereSchema, webUrlSchema } from './common.ts';

export const organizationSchema = z
  .strictObject({
    name: z
      .string()
      .min(1)
      .describe('Name as registered (or as published, when the registered name is not known)'),
    shortName: z.string().min(1).optional().describe('Short name used in lists'),
    sphere: sphereSchema,
    territory: idSchema.describe(
      'Territory id of the municipality (or region) where the organization works',
    ),
    website: webUrlSchema.optional().describe('Official website, if known'),
    annotations: annotationsSchema,
  })
  .describe('An organization providing services that is subject to the independent assessment');
export type Organization = z.infer<typeof organizationSchema>;
