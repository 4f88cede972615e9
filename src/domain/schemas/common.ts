import { z } from 'zod';
import { idPattern } from './idPattern.ts';
import { spheres } from '../vocabulary.ts';

/**
 * A public web address. Only http(s): a `javascript:` or `data:` address in a content file would
 * become a live link on every page that shows it. (zod's httpUrl() is not used: its hostname rule
 * refuses Cyrillic domains such as .рф.)
 */
export const webUrlSchema = z
  .url({
    protocol: /^https?$/,
    error: 'адрес должен быть веб-адресом, начинающимся с http:// или https://',
  })
  .describe('Public web address (http or https only)');

/** Content ids are file names (see idPattern.ts). */
export const idSchema = z
  .string()
  .regex(idPattern, 'идентификатор: латиница в нижнем регистре, цифры и дефисы')
  .describe('Identifier of another content entry (its file name without extension)');

/** YAML turns an unquoted 2018-01-10 into a Date; both spellings mean the same calendar day. */
export const isoDateSchema = z
  .preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), z.iso.date())
  .describe('Calendar date, YYYY-MM-DD');

export const yearSchema = z.number().int().min(1990).max(2100).describe('Calendar year');

export { spheres, sphereNames } from '../vocabulary.ts';
export const sphereSchema = z
  .enum(spheres)
  .describe('Sphere of services: culture, social services, healthcare, education');
export type Sphere = z.infer<typeof sphereSchema>;

/** Where a fact comes from: a file we keep in content/sources, or a public page. */
export const sourceRefSchema = z
  .strictObject({
    title: z.string().min(1).describe('Human-readable name of the source, in Russian'),
    file: z
      .string()
      .regex(/^sources\/[\w.-]+$/)
      .optional()
      .describe('Path of a kept copy under content/, e.g. sources/x.txt'),
    url: webUrlSchema.optional().describe('Public address of the source'),
    locator: z.string().optional().describe('Where in the source: page, table column, item'),
  })
  .describe('Provenance of a fact');
export type SourceRef = z.infer<typeof sourceRefSchema>;

/** Editorial remarks on quirks of a source; they annotate, never correct. */
export const annotationsSchema = z
  .array(z.string().min(1))
  .optional()
  .describe('Editor notes on quirks of the source text, in Russian');
