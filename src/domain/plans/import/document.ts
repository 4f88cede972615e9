/**
 * What the prose above the measures table says of the plan and its act: the title, the years
 * and spheres the title names, the kind, number and date of the act. Each is taken only as
 * written; what is not found stays null and is listed in the report.
 */
import { cleanInline } from '../../fidelity/markup.ts';
import type { Sphere } from '../../schemas/index.ts';
import type { LayoutLine } from './layout.ts';

export interface DocumentFacts {
  title: string | null;
  period: { from: number | null; to: number | null };
  spheres: Sphere[];
  act: {
    kind: string | null;
    number: string | null;
    date: string | null;
    dateAsWritten: string | null;
  };
}

const TITLE_START = /^(план|график)(?=$|[\s,])/i;
/** «I. Целевые показатели…»: a numbered heading ends the title. */
const HEADING = /^[IVX]+\.\s/;

/** The title: the last block above the table that opens with «План»/«График», over one blank line if it is only that word. */
function titleOf(prose: { at: number; text: string }[]): { text: string; at: number } | null {
  const start = prose.findLastIndex((line) => TITLE_START.test(cleanInline(line.text)));
  if (start === -1) return null;
  const words: string[] = [cleanInline(prose[start]!.text)];
  for (let i = start + 1; i < prose.length; i += 1) {
    const line = prose[i]!;
    const adjacent = line.at === prose[i - 1]!.at + 1 || words.length === 1; // a lone «ГРАФИК» goes on after a blank line
    const text = cleanInline(line.text);
    if (!adjacent || HEADING.test(text)) break;
    words.push(text);
  }
  return { text: words.join(' '), at: prose[start]!.at };
}

function periodOf(title: string | null): DocumentFacts['period'] {
  const span = title && /(\d{4})\s*[-–—]\s*(\d{4})/.exec(title);
  if (span) return { from: Number(span[1]), to: Number(span[2]) };
  const single = title && /(?:в|на)\s+(\d{4})\s+год/i.exec(title);
  if (single) return { from: Number(single[1]), to: Number(single[1]) };
  const until = title && /до\s+(\d{4})\s+года/i.exec(title);
  return { from: null, to: until ? Number(until[1]) : null };
}

/** Sphere words of the title, in the order written. «Социальные услуги» names no sphere: it covers all four. */
const sphereWords: [Sphere, RegExp][] = [
  ['culture', /культур/i],
  ['social', /социального обслуживания/i],
  ['health', /охран[аыу] здоровья|здравоохранени/i],
  ['education', /образовани/i],
];

function spheresOf(title: string | null): Sphere[] {
  if (!title) return [];
  return sphereWords
    .map(([sphere, pattern]) => ({ sphere, at: title.search(pattern) }))
    .filter(({ at }) => at >= 0)
    .sort((a, b) => a.at - b.at)
    .map(({ sphere }) => sphere);
}

const actKinds: Record<string, string> = {
  распоряжение: 'распоряжение',
  распоряжением: 'распоряжение',
  постановление: 'постановление',
  постановлением: 'постановление',
  приказ: 'приказ',
  приказом: 'приказ',
};

function actOf(prose: string[], title: string | null): DocumentFacts['act'] {
  const named = prose
    .map(
      (line) =>
        /^(?:утвержден[оаы]?\s+)?(распоряжением|распоряжение|постановлением|постановление|приказом|приказ)(?=$|\s)/i.exec(
          line,
        )?.[1],
    )
    .find(Boolean);
  const stamp = prose.some((line) => /^утверждаю$/i.test(line));
  const kind = named
    ? (actKinds[named.toLowerCase()] ?? null)
    : stamp && title
      ? (TITLE_START.exec(title)?.[1]?.toLowerCase() ?? null)
      : null;
  // «Приложение № 1» numbers the annex, not the act.
  const number =
    prose
      .filter((line) => !/^приложение/i.test(line))
      .map((line) => /№\s*(\d[\p{L}\p{N}-]*)/u.exec(line)?.[1])
      .find(Boolean) ?? null;
  const numeric = prose
    .map((line) => /^(?:от\s+)?(\d{2})\.(\d{2})\.(\d{4})$/.exec(line))
    .find(Boolean);
  const blankDate = prose.find(
    (line) => /\d{4}\s*(?:г\.|года)/.test(line) && /_{3,}|…|^от\s/i.test(line),
  );
  if (numeric)
    return {
      kind,
      number,
      date: `${numeric[3]}-${numeric[2]}-${numeric[1]}`,
      dateAsWritten: numeric[0],
    };
  return { kind, number, date: null, dateAsWritten: blankDate ?? null };
}

/** Facts from the prose lines above the line `tableAt`. */
export function documentFacts(lines: LayoutLine[], tableAt: number): DocumentFacts {
  const prose = lines.flatMap((line) => (line.kind === 'prose' && line.at < tableAt ? [line] : []));
  const found = titleOf(prose);
  const title = found?.text ?? null;
  const above = prose
    .filter((line) => line.at < (found?.at ?? tableAt))
    .map((line) => cleanInline(line.text))
    .filter((text) => text !== '');
  return { title, period: periodOf(title), spheres: spheresOf(title), act: actOf(above, title) };
}
