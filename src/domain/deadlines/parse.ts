import { matchers, type Built } from './matchers.ts';
import { collapse, fold } from './normalize.ts';
import { deadlineSchema, type Deadline, type DeadlinePart, type ParseContext } from './schema.ts';

const separators = /[\s,;.]*/y;

function skipSeparators(folded: string, from: number): number {
  separators.lastIndex = from;
  separators.exec(folded);
  return separators.lastIndex;
}

type Step = { built: Built; end: number };

function stepAt(
  folded: string,
  raw: string,
  position: number,
  context: ParseContext,
  previous: DeadlinePart | undefined,
): Step | undefined {
  for (const { pattern, build } of matchers) {
    pattern.lastIndex = position;
    const match = pattern.exec(folded);
    if (!match) continue;
    const end = position + match[0].length;
    const text = raw.slice(position, end).trim();
    return { built: build({ match, source: raw, text, context, previous }), end };
  }
  return undefined;
}

const unknown = (raw: string, reason: string): Deadline => ({ kind: 'unknown', raw, reason });

/**
 * Reads a «Срок исполнения» cell. The text is consumed from left to right, one understood
 * deadline at a time; if any piece is not understood the whole cell is `unknown`, because half a
 * reading could say something the plan does not.
 */
export function parseDeadline(raw: string, context: ParseContext): Deadline {
  const folded = fold(raw);
  const parts: DeadlinePart[] = [];
  let position = skipSeparators(folded, 0);
  while (position < folded.length) {
    const step = stepAt(folded, raw, position, context, parts.at(-1));
    if (!step) return unknown(raw, `не распознано: «${collapse(raw.slice(position))}»`);
    if ('reason' in step.built) return unknown(raw, step.built.reason);
    parts.push(step.built);
    position = skipSeparators(folded, step.end);
  }
  const [only] = parts;
  if (!only) return unknown(raw, 'срок не указан');
  const deadline = parts.length === 1 ? { ...only, raw } : { kind: 'list' as const, raw, parts };
  const checked = deadlineSchema.safeParse(deadline);
  return checked.success
    ? checked.data
    : unknown(raw, `не соответствует схеме: ${checked.error.issues[0]?.message ?? ''}`);
}
