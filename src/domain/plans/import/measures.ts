/**
 * Turns the rows of a measures table into measures as the content format writes them: numbers
 * as written, sub-items under the number they extend («1.1.» under «1.»), unnumbered rows and
 * bullet paragraphs as unnumbered sub-items with a letter anchor, headings as `section`.
 * Nothing is filled in that the table does not say; what cannot be placed is reported.
 */
import type { Measure } from '../../schemas/index.ts';
import { anchorFromNumber } from '../measures.ts';
import { cellText, joinedParagraphs, wholeParagraphs, type Cell } from './layout.ts';
import { opensRow, type ColumnKind, type MeasuresTable, type TableRow } from './table.ts';

export type DraftMeasure = Omit<Measure, 'annotations' | 'report' | 'items'> & {
  items: DraftMeasure[];
};

export interface Unplaced {
  at: number;
  text: string;
  reason: string;
}

/** A note for the editor about a reading the importer made (a split, a page break), with its line. */
export interface Note {
  at: number;
  measure: string;
  text: string;
}

type Columns = Partial<Record<ColumnKind, Cell>>;

function columnsOf(row: TableRow, kinds: ColumnKind[]): Columns {
  return Object.fromEntries(kinds.map((kind, i) => [kind, row.cells[i]]));
}

const BULLET = /^[-–—]\s*/;
/** «Колбанов В.Ф. Петрова С.В.»: two officials whose line break was lost. */
const TWO_OFFICIALS =
  /^(\p{Lu}\p{Ll}+\s+\p{Lu}\.\s?\p{Lu}\.)\s+(\p{Lu}\p{Ll}+\s+\p{Lu}\.\s?\p{Lu}\.)$/u;

function executorsOf(paragraphs: string[], note: (text: string) => void): string[] {
  return paragraphs.flatMap((line) => {
    const two = TWO_OFFICIALS.exec(line);
    if (!two) return [line];
    note(`строка исполнителей «${line}» — две фамилии с инициалами; записаны два исполнителя`);
    return [two[1]!, two[2]!];
  });
}

/** The optional fields of a measure from its cells; an empty cell gives no field. */
function fields(cells: {
  text: string;
  form: string;
  deadline: string;
  result: string;
  executors: string[];
}) {
  const { text, form, deadline, result, executors } = cells;
  return {
    text,
    ...(form ? { form } : {}),
    ...(deadline ? { deadline } : {}),
    executors,
    ...(result ? { result } : {}),
  };
}

const letter = (index: number) => String.fromCharCode(97 + index);

/**
 * A cell whose paragraphs are a lead-in and «-» bullets, where every other filled column has one
 * paragraph per bullet (Belgorod 10.): each bullet is a sub-item with its own deadline, executor
 * and result. A column is read with its page-break halves joined or kept whole, whichever gives
 * one paragraph per bullet; if a column fits neither, the row stays one measure.
 */
function bulletItems(
  columns: Columns,
  note: (text: string) => void,
): { lead: string; items: ReturnType<typeof fields>[] } | null {
  const textCell = columns.text;
  if (!textCell) return null;
  const paragraphs = joinedParagraphs(textCell);
  const firstBullet = paragraphs.findIndex((p) => BULLET.test(p));
  const bullets = paragraphs.slice(firstBullet);
  if (firstBullet < 1 || bullets.length < 2 || !bullets.every((p) => BULLET.test(p))) return null;
  const perBullet = (cell: Cell | undefined): string[] | null => {
    if (!cell || cellText(cell) === '') return [];
    return (
      [joinedParagraphs(cell), wholeParagraphs(cell)].find((p) => p.length === bullets.length) ??
      null
    );
  };
  const others = (['form', 'deadline', 'executors', 'result'] as const).map((kind) =>
    perBullet(columns[kind]),
  );
  if (others.some((p) => p === null) || others.every((p) => p?.length === 0)) return null;
  const [form, deadline, executors, result] = others as string[][];
  note(
    `${bullets.length} абзаца с «-» в графе мероприятия, и в каждой заполненной графе столько же абзацев: записаны подпунктами без номера`,
  );
  return {
    lead: paragraphs.slice(0, firstBullet).join(' '),
    items: bullets.map((bullet, i) =>
      fields({
        text: bullet.replace(BULLET, ''),
        form: form?.[i] ?? '',
        deadline: deadline?.[i] ?? '',
        result: result?.[i] ?? '',
        executors: executors?.[i] ? [executors[i]] : [],
      }),
    ),
  };
}

export interface BuiltMeasures {
  measures: DraftMeasure[];
  unplaced: Unplaced[];
  notes: Note[];
}

/** «1.1.» → «1», «6.3» → «6», «II.» → null: the number a sub-item extends. */
function parentNumber(number: string): string | null {
  const parts = number.replace(/\.$/, '').split('.');
  return parts.length > 1 ? parts.slice(0, -1).join('.') : null;
}
const numberKey = (number: string) => number.replace(/\.$/, '');

export function buildMeasures(table: MeasuresTable): BuiltMeasures {
  const top: DraftMeasure[] = [];
  const unplaced: Unplaced[] = [];
  const notes: Note[] = [];
  const byNumber = new Map<string, DraftMeasure>();
  const parentOf = new Map<DraftMeasure, DraftMeasure | null>();
  const lettersUsed = new Map<string, number>();
  const bulletParents = new Set<DraftMeasure>(); // measures whose unnumbered sub-items are «-» bullets
  const cursor: { last: DraftMeasure | null } = { last: null }; // the measure placed last, at any depth
  let lastNumbered: DraftMeasure | null = null;
  let section: string | null = null;

  const siblingsOf = (parent: DraftMeasure | null) => (parent ? parent.items : top);
  const place = (measure: DraftMeasure, parent: DraftMeasure | null) => {
    siblingsOf(parent).push(measure);
    parentOf.set(measure, parent);
    cursor.last = measure;
  };
  const nextAnchor = (ref: DraftMeasure | null) => {
    const base = ref?.number ? anchorFromNumber(ref.number) : 'bez-nomera';
    const used = lettersUsed.get(base) ?? 0;
    lettersUsed.set(base, used + 1);
    return `${base}-${letter(used)}`;
  };

  for (const row of table.rows) {
    const columns = columnsOf(row, table.columns);
    const numberCell = columns.number;
    const number = numberCell ? cellText(numberCell) : '';
    const rest = table.columns
      .filter((kind) => kind !== 'number')
      .map((kind) => cellText(columns[kind]));
    const label = number === '' ? `без номера (строка ${row.at})` : `№ ${number}`;
    const note = (text: string) => notes.push({ at: row.at, measure: label, text });
    if (numberCell && !opensRow(numberCell)) {
      if (row.cells.length === 1 || rest.every((text) => text === '')) section = number;
      else
        unplaced.push({
          at: row.at,
          text: row.cells.map(cellText).join(' | '),
          reason: `в графе «№» не номер пункта: «${number}»`,
        });
      continue;
    }
    if (rest.every((text) => text === '')) continue; // an empty row
    if (row.cells.length > table.columns.length) {
      unplaced.push({
        at: row.at,
        text: row.cells.map(cellText).join(' | '),
        reason: `в строке ${row.cells.length} граф, в шапке ${table.columns.length}`,
      });
      continue;
    }
    const bullets = bulletItems(columns, note);
    const cells = {
      text: bullets?.lead ?? cellText(columns.text),
      form: bullets ? '' : cellText(columns.form),
      deadline: bullets ? '' : cellText(columns.deadline),
      result: bullets ? '' : cellText(columns.result),
      executors:
        bullets || !columns.executors ? [] : executorsOf(joinedParagraphs(columns.executors), note),
    };
    if (cells.text === '') {
      unplaced.push({ at: row.at, text: rest.join(' | '), reason: 'графа мероприятия пуста' });
      continue;
    }
    const measure: DraftMeasure = {
      number: number === '' ? null : number,
      ...(section ? { section } : {}),
      ...fields(cells),
      items: [],
    };
    section = null;
    if (measure.number !== null) {
      const parentKey = parentNumber(measure.number);
      const parent = parentKey === null ? null : (byNumber.get(parentKey) ?? null);
      if (parentKey !== null && !parent)
        note(
          `пункта «${parentKey}», подпунктом которого выглядит «${measure.number}», нет: записан в верхний уровень`,
        );
      place(measure, parent);
      byNumber.set(numberKey(measure.number), measure);
      lastNumbered = measure;
    } else {
      const previous = cursor.last;
      if (!previous) {
        unplaced.push({
          at: row.at,
          text: rest.join(' | '),
          reason: 'строка без номера до первого пункта',
        });
        continue;
      }
      // Rows that give the deadline the row above lacks are its sub-items («-перечень…» under 4.1.);
      // otherwise the row stands beside it, as the unnumbered line between 1.6. and 1.7. does.
      const asChild = previous.deadline === undefined && measure.deadline !== undefined;
      const parent = asChild ? previous : (parentOf.get(previous) ?? null);
      if (asChild) bulletParents.add(previous);
      // The dash of a bullet sub-item is its list mark, as a number's dot is; the unnumbered line beside 1.6. keeps its text.
      if (parent && bulletParents.has(parent)) measure.text = measure.text.replace(BULLET, '');
      place({ ...measure, anchor: nextAnchor(asChild ? previous : lastNumbered) }, parent);
      continue;
    }
    if (bullets) {
      for (const item of bullets.items)
        measure.items.push({ number: null, anchor: nextAnchor(measure), ...item, items: [] });
    }
  }
  return { measures: top, unplaced, notes };
}
