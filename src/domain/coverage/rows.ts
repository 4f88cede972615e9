import { z } from 'zod';
import { indicatorKinds, type CoverageTarget } from '../schemas/index.ts';

/** One flat row per indicator and year: what the table, the chart and the CSV all show. */
export const coverageRowSchema = z.strictObject({
  territory: z.string().describe('Territory id'),
  plan: z.string().describe('Plan id that sets the target'),
  indicator: z.enum(indicatorKinds).describe('Kind of indicator'),
  indicator_as_written: z.string().describe('Indicator as written in the plan'),
  unit: z.string().describe('Unit'),
  year: z.number().int().describe('Year'),
  by_end_of_year: z.boolean().describe('Target to be reached by the end of the year'),
  target_kind: z
    .enum(['number', 'range', 'boolean'])
    .nullable()
    .describe('Kind of target; empty when no target is set'),
  target_min: z.number().nullable().describe('Lower bound of a range target'),
  target_max: z.number().nullable().describe('Upper bound of a range target'),
  target_value: z.union([z.number(), z.boolean()]).nullable().describe('A number or yes/no target'),
  achieved: z.union([z.number(), z.boolean()]).nullable().describe('Achieved value'),
  achieved_source: z.string().nullable().describe('Source of the achieved value'),
});
export type CoverageRow = z.infer<typeof coverageRowSchema>;

export function coverageRows(target: CoverageTarget): CoverageRow[] {
  return target.values.map((v) => {
    const t = v.target;
    return {
      territory: target.territory,
      plan: target.plan,
      indicator: target.indicator,
      indicator_as_written: target.indicatorAsWritten,
      unit: target.unit,
      year: v.year,
      by_end_of_year: v.byEndOfYear,
      target_kind: t?.kind ?? null,
      target_min: t?.kind === 'range' ? t.min : null,
      target_max: t?.kind === 'range' ? t.max : null,
      target_value: t && t.kind !== 'range' ? t.value : null,
      achieved: v.achieved?.value ?? null,
      achieved_source: v.achieved
        ? [v.achieved.source.title, v.achieved.source.locator, v.achieved.source.url]
            .filter(Boolean)
            .join('; ')
        : null,
    };
  });
}
