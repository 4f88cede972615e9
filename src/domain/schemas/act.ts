import { z } from 'zod';
import { annotationsSchema, idSchema, isoDateSchema, sourceRefSchema } from './common.ts';

export const legalActSchema = z
  .strictObject({
    title: z.string().min(1).describe('Title of the act as written'),
    kind: z.string().min(1).describe('Kind of act as written: приказ, распоряжение, график, план…'),
    issuer: z.string().min(1).describe('Body or official that issued or approved the act'),
    number: z
      .string()
      .min(1)
      .nullable()
      .describe('Number as written; null when the source leaves it blank'),
    date: isoDateSchema
      .nullable()
      .describe('Date of signature; null when the source leaves it blank'),
    dateAsWritten: z
      .string()
      .optional()
      .describe('The date line exactly as written, e.g. «от… февраля 2016 года»'),
    inForceFrom: isoDateSchema
      .optional()
      .describe('Date the act comes into force, when the act states it'),
    repeals: z.array(idSchema).default([]).describe('Acts this act declares no longer in force'),
    replaces: z
      .array(idSchema)
      .default([])
      .describe('Earlier editions this act replaces without a formal repeal'),
    textAvailable: z.boolean().describe('Whether the portal holds the text of the act'),
    source: sourceRefSchema
      .optional()
      .describe('Where the text is kept; required when textAvailable'),
    annotations: annotationsSchema,
  })
  .refine((act) => !act.textAvailable || act.source?.file !== undefined, {
    message: 'textAvailable: true требует source.file — копии текста в content/sources',
    path: ['source'],
  })
  .describe('A legal act (or approval document) that adopts a plan or repeals another act');
export type LegalAct = z.infer<typeof legalActSchema>;
