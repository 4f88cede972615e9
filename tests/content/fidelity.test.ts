/**
 * Fidelity of the transcribed plans (content/plans/*.yaml) to their seed documents
 * (content/sources/*.txt).
 *
 * Normalization — the only one, implemented in src/domain/fidelity/normalize.ts and applied
 * to the source AND to every content string before the content string is looked up:
 * 1. page-break repair of source tables: whole rows that only number the columns
 *    («1 2 3 4 5», «1 2 3 4», or the cell lines «1», «2», «3», «4») are dropped; a table row
 *    split by a page break (after a blank line, a row with an empty «№» cell) is merged back
 *    into the row above column by column — halves joined by a space, or without one when the
 *    first half ends in «letter-» («фи-» + «нансов» → «финансов»);
 * 2. markup dropped: `<a href="…">inner</a>` → inner, `<p>`/`</p>`/`<br>` → space, `**` → nothing;
 * 3. all whitespace (tabs, newlines, NBSP) collapsed to one space, ends trimmed.
 * Nothing else: spelling, typos, punctuation and quote marks must match exactly.
 *
 * Checks, per plan:
 * (a) every measure's text, form, deadline, result and each executors element, through all
 *     nested items, is a substring of the normalized source — more strictly, of the rows of
 *     its own numbered item (from its «№» cell to the next one; an unnumbered item belongs to
 *     the numbered item above it), so a cell copied into the wrong measure is caught too;
 *     a `section` heading is looked up in the whole source;
 * (b) every numbered item of the source's measures table («№» column) is in the content;
 * (c) the content has no numbered item the source lacks, and numbers come in source order;
 * (d) the reverse of (a): nothing with a letter or digit is left of a numbered item's source
 *     rows once all its values are cut out (catches truncated or untranscribed cells; leftover
 *     commas and bullet dashes between list elements are tolerated);
 * plus: the plan title, and each act's `dateAsWritten`, appear in the normalized source.
 * Known exceptions are data below, each with its reason; an exception that no longer
 * matches a finding fails the test, so the list cannot go stale.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { load as parse } from 'js-yaml';
import {
  compareItemNumbers,
  contentItemNumbers,
  sourceTextLeftOut,
  valuesMissingFromSource,
} from '../../src/domain/fidelity/check.ts';
import { sourceItems } from '../../src/domain/fidelity/sourceItems.ts';
import { normalizeSourceText } from '../../src/domain/fidelity/normalize.ts';
import { legalActSchema, planSchema, type Plan } from '../../src/domain/schemas/index.ts';

const contentDir = path.resolve(import.meta.dirname, '../../content');
const plansDir = path.join(contentDir, 'plans');

/** A cell string the test accepts although it is not found in the normalized source. */
interface FieldException {
  plan: string;
  /** As the finding names it: «№ 1.1.» or «без номера (anchor 1-6-a)». */
  measure: string;
  field: string;
  reason: string;
}

/** A number the test accepts on one side only. */
interface NumberException {
  plan: string;
  number: string;
  kind: 'missing' | 'extra';
  reason: string;
}

const fieldExceptions: FieldException[] = [];

const numberExceptions: NumberException[] = [];

/** Words of a source item that the test accepts as not transcribed. */
interface LeftOutException {
  plan: string;
  number: string;
  /** The left-out words exactly as the finding reports them. */
  leftOut: string;
  reason: string;
}

const leftOutExceptions: LeftOutException[] = [
  {
    plan: 'stavropolskiy-kray-2017',
    number: '1.',
    leftOut: 'до 14 марта 2017 года',
    reason:
      'графа «Срок исполнения» повторяет «до 14 марта 2017 года» напротив каждого из двух абзацев пункта; ' +
      'в плане срок приведён один раз, это отмечено в annotations пункта',
  },
];

/** Where the measures table starts, for sources whose earlier tables are numbered too. */
const measuresTableStart: Record<string, { line: string; reason: string }> = {
  'rossiya-mintrud-2016-2018': {
    line: 'II. План мероприятий',
    reason: 'раздел I — таблица целевых показателей с номерами 1.–3., это не мероприятия',
  },
};

interface LoadedPlan {
  id: string;
  file: string;
  plan: Plan;
  sourceText: string;
}

function loadPlan(fileName: string): LoadedPlan {
  const file = `plans/${fileName}`;
  const parsed = planSchema.safeParse(parse(fs.readFileSync(path.join(plansDir, fileName), 'utf8')));
  if (!parsed.success) throw new Error(`${file}: не соответствует схеме плана: ${parsed.error.message}`);
  const sourceFile = parsed.data.source.file;
  if (sourceFile === undefined) throw new Error(`${file} → source.file: не указан файл источника`);
  const sourceText = fs.readFileSync(path.join(contentDir, sourceFile), 'utf8');
  return { id: fileName.replace(/\.yaml$/, ''), file, plan: parsed.data, sourceText };
}

const planFiles = fs.readdirSync(plansDir).filter((f) => f.endsWith('.yaml')).sort();

/** A plan that does not load fails its own test instead of hiding the other plans' results. */
function tryLoadPlan(fileName: string): LoadedPlan | Error {
  try {
    return loadPlan(fileName);
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

const loadedPlans = new Map(planFiles.map((f) => [f, tryLoadPlan(f)]));

/** Findings that are not excused, and exceptions that excuse nothing (stale). */
function settle<F, E>(findings: F[], exceptions: E[], matches: (f: F, e: E) => boolean) {
  return {
    unexcused: findings.filter((f) => !exceptions.some((e) => matches(f, e))),
    stale: exceptions.filter((e) => !findings.some((f) => matches(f, e))),
  };
}

describe('every source document has a transcribed plan', () => {
  it('each file in content/sources is the source.file of one plan', () => {
    const sources = fs.readdirSync(path.join(contentDir, 'sources')).map((f) => `sources/${f}`).sort();
    const transcribed = [...loadedPlans.values()].flatMap((p) => (p instanceof Error ? [] : [p.plan.source.file])).sort();
    expect(transcribed, 'источники без плана в content/plans').toEqual(sources);
  });
});

describe.each(planFiles)('plans/%s is faithful to its source', (fileName) => {
  const loaded = loadedPlans.get(fileName) ?? new Error(`plans/${fileName}: не загружен`);
  if (loaded instanceof Error) {
    it('loads against the plan schema', () => {
      throw loaded;
    });
    return;
  }
  const { id, file, plan, sourceText } = loaded;
  const sourceFile = plan.source.file;
  const where = (item: string | null) => (item === null ? sourceFile : `строках пункта «${item}» ${sourceFile}`);

  const items = sourceItems(sourceText, { tableStartsAt: measuresTableStart[id]?.line });

  const source = { text: normalizeSourceText(sourceText), items };

  it('(a) every text, form, deadline, result, executor and section appears in its rows of the normalized source', () => {
    const missing = valuesMissingFromSource(plan, source);
    const own = fieldExceptions.filter((e) => e.plan === id);
    const { unexcused, stale } = settle(missing, own, (f, e) => f.measure === e.measure && f.field === e.field);
    const messages = unexcused.map(
      (f) => `${file} → ${f.path} (${f.measure}, поле ${f.field}): «${f.value}» нет в ${where(f.item)}`,
    );
    expect(messages, `${file}: строки, которых нет в источнике`).toEqual([]);
    expect(stale.map((e) => `${file}: исключение ${e.measure} ${e.field} больше не нужно`)).toEqual([]);
  });

  it('the title appears in the normalized source', () => {
    const title = normalizeSourceText(plan.title);
    expect(source.text.includes(title), `${file} → title: «${plan.title}» нет в ${sourceFile}`).toBe(true);
  });

  it('(d) nothing of a numbered item\'s source rows is left out of the content', () => {
    const own = leftOutExceptions.filter((e) => e.plan === id);
    const used = new Set<LeftOutException>();
    // An exception excuses its own words only; anything else left out in the item still fails.
    const messages = sourceTextLeftOut(plan, source).flatMap(({ number, text }) => {
      const rest = own
        .filter((e) => e.number === number && text.includes(e.leftOut))
        .reduce((left, e) => (used.add(e), left.replace(e.leftOut, ' ')), text)
        .replace(/\s+/g, ' ')
        .trim();
      return /[\p{L}\p{N}]/u.test(rest) ? [`${file}: в пункте «${number}» ${sourceFile} не перенесено: «${rest}»`] : [];
    });
    expect(messages, `${file}: текст источника, которого нет в плане`).toEqual([]);
    const stale = own.filter((e) => !used.has(e));
    expect(stale.map((e) => `${file}: исключение для пункта «${e.number}» («${e.leftOut}») больше не нужно`)).toEqual([]);
  });

  const sourceNumbers = items.map((item) => item.number);
  const contentNumbers = contentItemNumbers(plan);
  const { missing, extra } = compareItemNumbers(sourceNumbers, contentNumbers);
  const ownNumberExceptions = numberExceptions.filter((e) => e.plan === id);

  it.each(['missing', 'extra'] as const)('(b, c) no numbered item is %s', (kind) => {
    const found = kind === 'missing' ? missing : extra;
    const excused = ownNumberExceptions.filter((e) => e.kind === kind);
    const { unexcused, stale } = settle(found, excused, (n, e) => n === e.number);
    const where = kind === 'missing' ? `есть в ${sourceFile}, нет в ${file}` : `есть в ${file}, нет в ${sourceFile}`;
    expect(unexcused.map((n) => `${file}: пункт «${n}» ${where}`)).toEqual([]);
    expect(stale.map((e) => `${file}: исключение для пункта «${e.number}» больше не нужно`)).toEqual([]);
  });

  it('numbered items follow the order of the source', () => {
    // Numbers on one side only are reported above; here the numbers both sides share must agree in order.
    const shared = (list: string[], oneSided: string[]) => list.filter((n) => !oneSided.includes(n));
    expect(shared(contentNumbers, extra), `${file}: порядок пунктов`).toEqual(shared(sourceNumbers, missing));
  });
});

describe('acts keep their date line as written', () => {
  const actsDir = path.join(contentDir, 'acts');
  // Titles and issuers of acts may be composed from the requisites (annotated there), so only
  // the date line, which the schema defines as «exactly as written», is held to the source.
  const dated = fs
    .readdirSync(actsDir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ file: `acts/${f}`, act: legalActSchema.parse(parse(fs.readFileSync(path.join(actsDir, f), 'utf8'))) }))
    .flatMap(({ file, act }) =>
      act.source?.file !== undefined && act.dateAsWritten !== undefined
        ? [{ file, sourceFile: act.source.file, dateAsWritten: act.dateAsWritten }]
        : [],
    );

  it('there are acts with a kept source and a date line to check', () => {
    expect(dated.length).toBeGreaterThan(0);
  });

  it.each(dated)('$file → dateAsWritten appears in its source', ({ file, sourceFile, dateAsWritten }) => {
    const source = normalizeSourceText(fs.readFileSync(path.join(contentDir, sourceFile), 'utf8'));
    expect(source.includes(normalizeSourceText(dateAsWritten)), `${file} → dateAsWritten: «${dateAsWritten}» нет в ${sourceFile}`).toBe(true);
  });
});

describe('page-break repair on the real sources', () => {
  const read = (name: string) => normalizeSourceText(fs.readFileSync(path.join(contentDir, 'sources', name), 'utf8'));

  // Each entry is a cell split across a page: hyphenated words are re-joined, other cells
  // continue with a space, in the same column of the continuation row.
  const repaired: Array<[string, string]> = [
    ['tatarstan-2018-2021.txt', 'приказом Министерства финансов Российской Федерации от 21 июля 2011 г. № 86н актуальная информация'],
    ['tatarstan-2018-2021.txt', 'получения или изменения информации исполнительные органы'],
    ['tatarstan-2018-2021.txt', 'Министерства финансов Российской Федерации от 22 июля 2015 г. № 116н; на официальных сайтах'],
    ['tatarstan-2018-2021.txt', 'официальных сайтах исполнительных органов государственной власти, органов местного самоуправления до 1 декабря'],
    ['tatarstan-2018-2021.txt', 'о результатах независимой оценки качества оказания услуг организациями от общественно-го совета'],
    ['tatarstan-2018-2021.txt', 'Плана мероприятий по организации проведения независимой оценки'],
    ['tatarstan-2018-2021.txt', 'информация для представления в Кабинет Министров Республики Татарстан до 1 марта'],
    ['tatarstan-2018-2021.txt', '«Центр экономических и социальных исследований Республики Татарстан'],
    ['belgorodskaya-oblast-2013-2015.txt', 'оказывающих социальные услуги, при департаменте внутренней и кадровой политики области 30 мая'],
    ['belgorodskaya-oblast-2013-2015.txt', '-определение показателей оценки; -периодичность проведения мониторинга; -формирование рейтинга I квартал'],
    ['belgorodskaya-oblast-2013-2015.txt', 'в средствах массовой информации; - организация круглых столов'],
    ['belgorodskaya-oblast-2013-2015.txt', 'департамент образования области, управление культуры области, управление физической культуры и спорта области План мероприятий'],
    ['choyskiy-rayon-2016-2018.txt', 'Ежегодно: март, июнь, сентябрь Общественный совет'],
    ['choyskiy-rayon-2016-2018.txt', 'администрации муниципального образования «Чойский район» Информация на официальном сайте администрации МО «Чойский район»'],
  ];

  it.each(repaired)('%s reads «%s»', (name, phrase) => {
    expect(read(name)).toContain(phrase);
  });

  it.each(['tatarstan-2018-2021.txt', 'stavropolskiy-kray-2017.txt'])('%s has no column-number row left', (name) => {
    expect(read(name)).not.toMatch(/(^| )1 2 3 4( |$)/);
  });

  it('keeps the bullet rows of Choisky 4.1, which follow without a page break, as rows of their own', () => {
    expect(read('choyskiy-rayon-2016-2018.txt')).toContain('Общественный совет -перечень организаций');
  });
});
