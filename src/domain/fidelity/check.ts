/**
 * Checks a transcribed plan against its source: every cell string must be found, after
 * normalization, in the source rows of its own measure; and the numbered items must be the
 * same on both sides.
 */
import { flattenMeasures } from '../plans/measures.ts';
import type { Measure, Plan } from '../schemas/index.ts';
import { normalizeSourceText } from './normalize.ts';
import type { SourceItem } from './sourceItems.ts';

/** The measure fields that are cell text of the source table. */
const CELL_FIELDS = ['text', 'form', 'deadline', 'result'] as const;

/** One transcribed string and where it sits in the plan file. */
export interface TranscribedValue {
  /** «№ 1.1.» or «без номера (anchor 1-6-a)» — how a reader finds the measure. */
  measure: string;
  /**
   * Number of the source item whose rows must hold the value: the measure's own number, or for
   * an unnumbered measure the nearest numbered one before it (its rows run on to the next number);
   * null when the whole source is searched (section headings, items before the first number).
   */
  item: string | null;
  /** Field inside the measure: `section`, `text`, `form`, `deadline`, `result` or `executors[0]`. */
  field: string;
  /** Full field path in the plan file, e.g. `measures[0].items[2].deadline`. */
  path: string;
  value: string;
}

/** How a finding names its measure: the number as written, else the anchor. */
export function measureLabel(measure: Measure): string {
  return measure.number === null
    ? `без номера (anchor ${measure.anchor ?? '?'})`
    : `№ ${measure.number}`;
}

function valuesOf(measure: Measure, path: string, item: string | null): TranscribedValue[] {
  const label = measureLabel(measure);
  // A section heading is a row of its own above the measure's rows, so the whole source holds it.
  const section =
    measure.section === undefined
      ? []
      : [
          {
            measure: label,
            item: null,
            field: 'section',
            path: `${path}.section`,
            value: measure.section,
          },
        ];
  const cells = CELL_FIELDS.flatMap((field) => {
    const value = measure[field];
    return value === undefined
      ? []
      : [{ measure: label, item, field, path: `${path}.${field}`, value }];
  });
  const executors = measure.executors.map((value, i) => {
    const field = `executors[${i}]`;
    return { measure: label, item, field, path: `${path}.${field}`, value };
  });
  return [...section, ...cells, ...executors];
}

/** Every cell string of the plan, measures and sub-items alike, in file order. */
export function transcribedValues(plan: Pick<Plan, 'measures'>): TranscribedValue[] {
  let item: string | null = null;
  return flattenMeasures(plan).flatMap(({ measure, path }) => {
    item = measure.number ?? item;
    return valuesOf(measure, path, item);
  });
}

/** The source as the check reads it: the whole normalized text and its numbered items. */
export interface NormalizedSource {
  text: string;
  items: SourceItem[];
}

/**
 * Where a value must be found: the rows of its item. A value whose item the source lacks
 * (already reported as an extra number) is looked up in the whole source instead.
 */
function haystackFor(value: TranscribedValue, source: NormalizedSource): string {
  if (value.item === null) return source.text;
  const item = source.items.find((candidate) => candidate.number === value.item);
  return item?.text ?? source.text;
}

/** The values that are not, after normalization, a substring of their item's source rows. */
export function valuesMissingFromSource(
  plan: Pick<Plan, 'measures'>,
  source: NormalizedSource,
): TranscribedValue[] {
  return transcribedValues(plan).filter((value) => {
    const needle = normalizeSourceText(value.value);
    return needle === '' || !haystackFor(value, source).includes(needle);
  });
}

/** Numbers of the plan's measures as written, depth first; unnumbered items are skipped. */
export function contentItemNumbers(plan: Pick<Plan, 'measures'>): string[] {
  return flattenMeasures(plan).flatMap(({ measure }) =>
    measure.number === null ? [] : [measure.number],
  );
}

export interface NumberComparison {
  /** In the source, not in the content (each occurrence counts). */
  missing: string[];
  /** In the content, not in the source (each occurrence counts). */
  extra: string[];
}

/** Subtracts one list from another, occurrence by occurrence, keeping order. */
function without(list: string[], remove: string[]): string[] {
  const left = [...remove];
  return list.filter((entry) => {
    const at = left.indexOf(entry);
    if (at === -1) return true;
    left.splice(at, 1);
    return false;
  });
}

/** Compares numbers exactly as written: «6.3» and «6.3.» are different numbers. */
export function compareItemNumbers(source: string[], content: string[]): NumberComparison {
  return { missing: without(source, content), extra: without(content, source) };
}

/** Source text of one numbered item that no transcribed value accounts for (words only). */
export interface LeftOut {
  number: string;
  text: string;
}

/**
 * Removes the first occurrence of each value, longest first so that a short value («постоянно»)
 * is not cut out of a longer one that contains it.
 */
function removeValues(text: string, values: string[]): string {
  return [...values]
    .sort((a, b) => b.length - a.length)
    .reduce((rest, value) => {
      const at = value === '' ? -1 : rest.indexOf(value);
      return at === -1 ? rest : `${rest.slice(0, at)} ${rest.slice(at + value.length)}`;
    }, text);
}

/**
 * What of each numbered item's source rows is not in the content: the item's rows minus its
 * number and minus every value of its measures (and every section heading). Leftovers without a
 * letter or digit — the commas and bullet dashes between list elements, which splitting a cell
 * into `executors` elements or bullet sub-items drops — do not count, and are left out of the
 * reported text. Catches a truncated
 * value or a cell not transcribed at all, which the substring check (a) cannot see.
 */
export function sourceTextLeftOut(
  plan: Pick<Plan, 'measures'>,
  source: NormalizedSource,
): LeftOut[] {
  const values = transcribedValues(plan);
  const sections = values
    .filter((v) => v.field === 'section')
    .map((v) => normalizeSourceText(v.value));
  return source.items.flatMap(({ number, text }) => {
    const own = values.filter((v) => v.item === number).map((v) => normalizeSourceText(v.value));
    const rest = removeValues(text.slice(number.length), [...own, ...sections])
      .split(/\s+/)
      .filter((token) => /[\p{L}\p{N}]/u.test(token))
      .join(' ');
    return rest === '' ? [] : [{ number, text: rest }];
  });
}
