// What synthetic plans are made of: the measures and deadline texts of the real plans in
// content/plans, so plan sizes and deadline forms are the ones real plans use. Read only.
import fs from 'node:fs';
import path from 'node:path';
import { load as parse } from 'js-yaml';

export interface MeasureTemplate {
  text: string;
  form?: string;
  deadline?: string;
  /** First year of the real plan the measure comes from, to move years in the deadline text. */
  planFrom: number;
}

export interface PlanShape {
  /** Number of sub-items under each top-level measure, in order. */
  items: number[];
}

export interface Pools {
  measures: MeasureTemplate[];
  shapes: PlanShape[];
}

interface RawMeasure {
  text: string;
  form?: string;
  deadline?: string;
  items?: RawMeasure[];
}

// Texts naming a real authority or place would put real names into a fictional territory.
const REAL_NAMES = /Татарстан|Ставропол|Белгород|Чойск|Минтруд|\bРТ\b|Кабинет|Губернатор|Министерств|Правительств/;

export function loadPools(contentRoot: string): Pools {
  const dir = path.join(contentRoot, 'plans');
  const plans = fs.readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()
    .map((f) => parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { period: { from: number }; measures: RawMeasure[] });
  const measures: MeasureTemplate[] = [];
  const collect = (m: RawMeasure, planFrom: number) => {
    if (!REAL_NAMES.test(m.text)) {
      measures.push({ text: m.text, planFrom, ...(m.form && { form: m.form }), ...(m.deadline && { deadline: m.deadline }) });
    }
    for (const item of m.items ?? []) collect(item, planFrom);
  };
  for (const plan of plans) for (const m of plan.measures) collect(m, plan.period.from);
  return { measures, shapes: plans.map((p) => ({ items: p.measures.map((m) => m.items?.length ?? 0) })) };
}

/** The deadline text with its years moved by the same offset as the plan, e.g. «I квартал 2014 года» → «I квартал 2020 года». */
export function shiftYears(text: string, offset: number): string {
  return text.replace(/\b(20\d\d)\b/g, (y) => String(Number(y) + offset));
}
