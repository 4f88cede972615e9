import { z } from 'zod';
import { levels } from '../vocabulary.ts';
import { idSchema } from './common.ts';

export const territoryLevels = levels;

export const territorySchema = z
  .strictObject({
    name: z.string().min(1).describe('Official name in Russian, e.g. «Республика Татарстан»'),
    shortName: z.string().min(1).optional().describe('Short name for lists'),
    level: z
      .enum(territoryLevels)
      .describe('federal, regional (subject of the Federation) or municipal'),
    parent: idSchema
      .optional()
      .describe('Territory id of the enclosing territory; absent only for the federal level'),
    authority: z
      .string()
      .optional()
      .describe('Authority whose plans are shown, e.g. «Минтруд России»'),
  })
  .describe('A territory whose authorities adopt plans of measures');
export type Territory = z.infer<typeof territorySchema>;
