import { z } from 'zod';
import { sphereSchema, webUrlSchema } from '../schemas/common.ts';
import { quantityIds } from './inputs.ts';

/** How sure we are of a fact, in the terms of docs/domain.md §1. */
export const certaintySchema = z
  .enum(['law', 'practice', 'check'])
  .describe(
    'law: checked in a copy of the act; practice: operators’ published practice; check: unverified lead',
  );
export type Certainty = z.infer<typeof certaintySchema>;

const factSchema = z
  .strictObject({
    text: z.string().min(1).describe('The fact, in Russian'),
    certainty: certaintySchema,
    source: z.string().min(1).optional().describe('Where it was seen: a URL or a description'),
  })
  .describe('One known fact about a method, with its certainty');

const actSchema = z
  .strictObject({
    reference: z.string().min(1).describe('The act or document, in Russian, as far as known'),
    certainty: certaintySchema,
    url: webUrlSchema.optional().describe('A public copy of the document'),
  })
  .describe('The document that sets the method');

/** A named number of the formula: its symbol as printed, what it means, which input holds it. */
const symbolSchema = z
  .strictObject({
    symbol: z.string().min(1).describe('Symbol as printed in formulas, e.g. Истенд'),
    meaning: z.string().min(1).describe('What the number is, in plain Russian'),
    quantity: z.enum(quantityIds).describe('Which input supplies the number'),
  })
  .describe('A symbol of a formula bound to an input');

const ruleSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('shares'),
      terms: z
        .array(z.strictObject({ numerator: symbolSchema, denominator: symbolSchema }))
        .min(1)
        .describe('Ratios averaged with equal weight, then × 100'),
    }),
    z.strictObject({
      kind: z.literal('pointsPerUnit'),
      count: symbolSchema,
      pointsPerUnit: z.number().positive().describe('Points for each condition or channel'),
      cap: z.number().positive().describe('Maximum of the indicator'),
    }),
  ])
  .describe('How the indicator is computed');
export type IndicatorRule = z.infer<typeof ruleSchema>;

const indicatorSchema = z
  .strictObject({
    id: z.string().min(1).describe('Symbol of the indicator, e.g. Пинф'),
    name: z.string().min(1).describe('Name in Russian'),
    explanation: z.string().min(1).describe('What it measures, in plain Russian for citizens'),
    formula: z.string().min(1).describe('Formula as a Russian string for display'),
    weight: z.number().min(0).max(1).describe('Weight within its criterion'),
    rule: ruleSchema,
  })
  .describe('An indicator of a criterion');
export type Indicator = z.infer<typeof indicatorSchema>;

const weightsSum = (ws: number[]) => Math.abs(ws.reduce((a, b) => a + b, 0) - 1) < 1e-9;

/** Spheres where the criterion is weighed differently (К2 without waiting time). */
const sphereVariantSchema = z
  .strictObject({
    spheres: z.array(sphereSchema).min(1).describe('Spheres the variant applies to'),
    title: z.string().min(1).describe('Why the variant exists, in Russian'),
    weights: z
      .record(z.string(), z.number().min(0).max(1))
      .describe('Weights of the indicators used; others are not used'),
  })
  .refine((v) => weightsSum(Object.values(v.weights)), {
    message: 'веса варианта в сумме не равны 1',
  });

const criterionBase = {
  id: z.string().min(1).describe('Criterion id, e.g. К1'),
  name: z.string().min(1).describe('Name in Russian'),
  explanation: z.string().min(1).describe('What it measures, in plain Russian for citizens'),
  max: z
    .number()
    .positive()
    .nullable()
    .describe('Maximum points of the criterion; null when unknown'),
};

const computableCriterionSchema = z
  .strictObject({
    ...criterionBase,
    weightInTotal: z.number().min(0).max(1).describe('Weight of the criterion in the total'),
    indicators: z.array(indicatorSchema).min(1),
    sphereVariant: sphereVariantSchema.optional(),
  })
  .refine((c) => weightsSum(c.indicators.map((i) => i.weight)), {
    message: 'веса показателей в сумме не равны 1',
  })
  .refine(
    (c) =>
      Object.keys(c.sphereVariant?.weights ?? {}).every((id) =>
        c.indicators.some((i) => i.id === id),
      ),
    {
      message: 'вариант ссылается на неизвестный показатель',
    },
  );
export type ComputableCriterion = z.infer<typeof computableCriterionSchema>;

const methodBase = {
  id: z.string().min(1).describe('Method id, stored with every result, e.g. 344н-2018'),
  title: z.string().min(1).describe('Title in Russian'),
  shortTitle: z
    .string()
    .min(1)
    .describe('Short Russian name for captions and table cells; pages never show the id'),
  act: actSchema.nullable().describe('The document, or null when not known'),
  maxTotal: z.number().positive().nullable().describe('Maximum total; null when not known'),
  totalRule: z.string().min(1).describe('How the total is formed, in Russian'),
  certainty: z
    .strictObject({ level: certaintySchema, note: z.string().min(1) })
    .describe('How far the description can be trusted, in Russian'),
  facts: z.array(factSchema).describe('What is known, fact by fact'),
};

/** A method the portal can compute from operator inputs. */
export const computableMethodSchema = z
  .strictObject({
    ...methodBase,
    kind: z.literal('computable'),
    criteria: z.array(computableCriterionSchema).min(1),
  })
  .refine((m) => weightsSum(m.criteria.map((c) => c.weightInTotal)), {
    message: 'веса критериев в сумме не равны 1',
  });
export type ComputableMethod = z.infer<typeof computableMethodSchema>;

/** A historical method: only published scores can be shown; its formulas are not known well enough. */
export const publishedOnlyMethodSchema = z.strictObject({
  ...methodBase,
  kind: z.literal('publishedOnly'),
  criteria: z.array(z.strictObject(criterionBase)),
});
export type PublishedOnlyMethod = z.infer<typeof publishedOnlyMethodSchema>;

export const scoringMethodSchema = z.discriminatedUnion('kind', [
  computableMethodSchema,
  publishedOnlyMethodSchema,
]);
export type ScoringMethod = z.infer<typeof scoringMethodSchema>;
