import type { CoverageTarget } from '../schemas/index.ts';

/** One flat row per indicator and year: what the table, the chart and the CSV all show. */
export interface CoverageRow {
  territory: string;
  indicator: CoverageTarget['indicator'];
  indicator_as_written: string;
  unit: string;
  year: number;
  by_end_of_year: boolean;
  target_kind: 'number' | 'range' | 'boolean' | '';
  target_min: number | '';
  target_max: number | '';
  target_value: number | boolean | '';
  achieved: number | boolean | '';
  achieved_source: string;
}

export const coverageColumns = [
  'territory', 'indicator', 'indicator_as_written', 'unit', 'year', 'by_end_of_year',
  'target_kind', 'target_min', 'target_max', 'target_value', 'achieved', 'achieved_source',
] as const satisfies readonly (keyof CoverageRow)[];

export function coverageRows(target: CoverageTarget): CoverageRow[] {
  return target.values.map((v) => {
    const t = v.target;
    return {
      territory: target.territory,
      indicator: target.indicator,
      indicator_as_written: target.indicatorAsWritten,
      unit: target.unit,
      year: v.year,
      by_end_of_year: v.byEndOfYear,
      target_kind: t?.kind ?? '',
      target_min: t?.kind === 'range' ? t.min : '',
      target_max: t?.kind === 'range' ? t.max : '',
      target_value: t && t.kind !== 'range' ? t.value : '',
      achieved: v.achieved?.value ?? '',
      achieved_source: v.achieved ? [v.achieved.source.title, v.achieved.source.locator, v.achieved.source.url].filter(Boolean).join('; ') : '',
    };
  });
}
