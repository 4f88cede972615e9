import { collapse } from './normalize.ts';
import type { DeadlinePart, ParseContext } from './schema.ts';

/** What a builder sees: the match on the folded text, the original text and the plan period. */
export type Hit = {
  match: RegExpExecArray;
  source: string;
  text: string;
  context: ParseContext;
  previous: DeadlinePart | undefined;
};
/** A part, or the reason the words cannot stand for a real deadline (e.g. 30 February). */
export type Built = DeadlinePart | { reason: string };
export type Matcher = { pattern: RegExp; build: (hit: Hit) => Built };

/** A captured group as folded text (lower case). */
export function word(hit: Hit, index: number): string {
  return hit.match[index] ?? '';
}

/** A captured group cut from the original text, so its words keep their case. */
export function asWritten(hit: Hit, index: number): string {
  const span = hit.match.indices?.[index];
  return span ? collapse(hit.source.slice(span[0], span[1])) : '';
}

/** Why a form that needs the plan's years cannot be read without them. */
export const noPlanYears = (hit: Hit): Built => ({
  reason: `«${collapse(hit.text)}»: годы плана не известны, а в тексте года нет`,
});
