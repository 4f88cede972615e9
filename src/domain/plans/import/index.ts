/**
 * A plan of measures, as its text layout reads, becomes a draft in the content format of
 * content/plans/ with a report for the editor: what was placed, what was not (with the line),
 * deadlines the parser cannot read, facts the document does not give, and the fidelity check of
 * the draft against the same source. Pure: the script does the reading and writing.
 */
import { parseDeadline } from '../../deadlines/index.ts';
import {
  compareItemNumbers,
  contentItemNumbers,
  measureLabel,
  sourceTextLeftOut,
  valuesMissingFromSource,
} from '../../fidelity/check.ts';
import { normalizeSourceText } from '../../fidelity/normalize.ts';
import { sourceItems } from '../../fidelity/sourceItems.ts';
import { planSchema, type Measure } from '../../schemas/index.ts';
import { flattenMeasures } from '../measures.ts';
import { documentFacts, type DocumentFacts } from './document.ts';
import { readLayout } from './layout.ts';
import { buildMeasures, type DraftMeasure, type Note, type Unplaced } from './measures.ts';
import { findMeasuresTable } from './table.ts';

export interface ImportOptions {
  /** `sources/<name>.txt`: where the text the draft was read from is kept under content/. */
  sourceFile: string;
  territory?: string | undefined;
  act?: string | undefined;
}

export interface UnknownDeadline {
  measure: string;
  raw: string;
  reason: string;
}

export interface FidelityFindings {
  notInSource: { measure: string; path: string; value: string }[];
  numbers: { missing: string[]; extra: string[] };
  leftOut: { number: string; text: string }[];
}

export interface ImportReport {
  tableAt: number | null;
  placed: { numbered: number; unnumbered: number; sections: number };
  unplaced: Unplaced[];
  notes: Note[];
  unknownDeadlines: UnknownDeadline[];
  /** Fields of the draft the document does not give: the editor fills them in. */
  toFill: string[];
  fidelity: FidelityFindings;
  /** Schema problems of the draft as written (nulls the editor must fill in show up here). */
  schemaIssues: string[];
}

export interface ImportResult {
  plan: Record<string, unknown>;
  act: Record<string, unknown>;
  report: ImportReport;
}

/** A measure as the content files write it: empty lists are left out. */
function contentMeasure({ items, executors, ...rest }: DraftMeasure): Record<string, unknown> {
  return {
    ...rest,
    ...(executors.length > 0 ? { executors } : {}),
    ...(items.length > 0 ? { items: items.map(contentMeasure) } : {}),
  };
}

function unknownDeadlines(measures: Measure[], period: DocumentFacts['period']): UnknownDeadline[] {
  const context = { periodFrom: period.from, periodTo: period.to };
  return flattenMeasures({ measures }).flatMap(({ measure }) => {
    if (measure.deadline === undefined) return [];
    const parsed = parseDeadline(measure.deadline, context);
    return parsed.kind === 'unknown'
      ? [{ measure: measureLabel(measure), raw: measure.deadline, reason: parsed.reason }]
      : [];
  });
}

function fidelity(
  measures: Measure[],
  sourceText: string,
  tableAt: number | null,
): FidelityFindings {
  const items = sourceItems(sourceText, tableAt === null ? {} : { tableStartsAtLine: tableAt });
  const source = { text: normalizeSourceText(sourceText), items };
  return {
    notInSource: valuesMissingFromSource({ measures }, source).map(({ measure, path, value }) => ({
      measure,
      path,
      value,
    })),
    numbers: compareItemNumbers(
      items.map((item) => item.number),
      contentItemNumbers({ measures }),
    ),
    leftOut: sourceTextLeftOut({ measures }, source),
  };
}

function toFill(facts: DocumentFacts, options: ImportOptions): string[] {
  const missing: [string, boolean][] = [
    ['title', facts.title === null],
    ['territory', options.territory === undefined],
    ['act', options.act === undefined],
    ['period.from', facts.period.from === null],
    ['period.to', facts.period.to === null],
    ['spheres', facts.spheres.length === 0],
    ['act: kind', facts.act.kind === null],
    ['act: issuer', true],
  ];
  return missing.filter(([, isMissing]) => isMissing).map(([field]) => field);
}

/**
 * The act as far as the document names it. A plan approved by a stamp («УТВЕРЖДАЮ») is its own
 * act, so its title is the plan's; an order or resolution has a title of its own that the annex
 * does not give. The issuer is never guessed from the stamp's lines.
 */
function actDraft(
  { act, title }: DocumentFacts,
  source: { title: string | null; file: string },
): Record<string, unknown> {
  const ownAct = act.kind !== null && act.kind === title?.split(' ')[0]?.toLowerCase();
  return {
    title: ownAct ? title : null,
    kind: act.kind,
    issuer: null,
    number: act.number,
    date: act.date,
    ...(act.dateAsWritten ? { dateAsWritten: act.dateAsWritten } : {}),
    textAvailable: true,
    source,
  };
}

export function importPlan(sourceText: string, options: ImportOptions): ImportResult {
  const lines = readLayout(sourceText);
  const table = findMeasuresTable(lines);
  const built = table ? buildMeasures(table) : { measures: [], unplaced: [], notes: [] };
  const facts = documentFacts(lines, table?.headerAt ?? Number.POSITIVE_INFINITY);
  const source = { title: facts.title, file: options.sourceFile };
  const plan = {
    title: facts.title,
    territory: options.territory ?? null,
    act: options.act ?? null,
    period: facts.period,
    spheres: facts.spheres,
    source,
    measures: built.measures.map(contentMeasure),
  };
  const act = actDraft(facts, source);
  const flat = flattenMeasures({ measures: built.measures });
  const checked = planSchema.safeParse(plan);
  const report: ImportReport = {
    tableAt: table?.headerAt ?? null,
    placed: {
      numbered: flat.filter(({ measure }) => measure.number !== null).length,
      unnumbered: flat.filter(({ measure }) => measure.number === null).length,
      sections: flat.filter(({ measure }) => measure.section !== undefined).length,
    },
    unplaced: table
      ? built.unplaced
      : [
          {
            at: 1,
            text: '',
            reason:
              'не найдена таблица мероприятий: нет строки шапки с графами «№», «Мероприятие»/«Наименование» и «Срок»',
          },
        ],
    notes: built.notes,
    unknownDeadlines: unknownDeadlines(built.measures, facts.period),
    toFill: toFill(facts, options),
    fidelity: fidelity(built.measures, sourceText, table?.headerAt ?? null),
    schemaIssues: checked.success
      ? []
      : checked.error.issues.map(
          (issue) => `${issue.path.join('.') || '(весь файл)'}: ${issue.message}`,
        ),
  };
  return { plan, act, report };
}
