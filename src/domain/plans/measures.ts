import type { Measure, Plan } from '../schemas/index.ts';

/** A measure with where it stands in its plan. */
export interface PlacedMeasure {
  measure: Measure;
  /** Field path inside the plan file, e.g. measures[0].items[2], for error messages. */
  path: string;
  depth: number;
  anchor: string;
  parentAnchor: string | null;
}

/** «1.1.» → «1-1», «II.» → «ii», «6.3» → «6-3»: the number as written, made URL-safe. */
export function anchorFromNumber(number: string): string {
  return number
    .toLowerCase()
    .replace(/[^a-z0-9а-яё]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The id of the measure's HTML anchor, stable across rebuilds: `measure-1-1`. */
export function measureAnchor(measure: Measure): string {
  const suffix =
    measure.anchor ?? (measure.number === null ? '' : anchorFromNumber(measure.number));
  return `measure-${suffix}`;
}

/** Every measure of a plan, depth first, in the order of the source. */
export function flattenMeasures(plan: Pick<Plan, 'measures'>): PlacedMeasure[] {
  const out: PlacedMeasure[] = [];
  const walk = (list: Measure[], prefix: string, depth: number, parentAnchor: string | null) => {
    list.forEach((measure, index) => {
      const path = `${prefix}[${index}]`;
      const anchor = measureAnchor(measure);
      out.push({ measure, path, depth, anchor, parentAnchor });
      walk(measure.items, `${path}.items`, depth + 1, anchor);
    });
  };
  walk(plan.measures, 'measures', 0, null);
  return out;
}

/** Looks a measure up by its number as written, ignoring a trailing dot («1.1» finds «1.1.»). */
export function sameNumber(a: string, b: string): boolean {
  return a.replace(/\.\s*$/, '').trim() === b.replace(/\.\s*$/, '').trim();
}
