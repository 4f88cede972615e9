import type { Sphere } from '../schemas/common.ts';
import { evaluate, type Evaluated } from './evaluate.ts';
import { formatNumber } from './format.ts';
import { scoringInputsSchema } from './inputs.ts';
import type { ComputableMethod } from './methodSchema.ts';
import { methodById } from './methods/index.ts';
import { hasValue, roundScore, type Score } from './score.ts';

export interface IndicatorResult {
  id: string;
  name: string;
  weight: number;
  score: Score;
}
export interface CriterionResult {
  id: string;
  name: string;
  score: Score;
  indicators: IndicatorResult[];
}

/** One organization's scores; values rounded to 2 decimals, the method id always attached. */
export interface ScoreResult {
  method: string;
  sphere: Sphere;
  /** Sphere-specific weightings applied, e.g. К2 without waiting time, in Russian. */
  variants: string[];
  criteria: CriterionResult[];
  total: Score;
}

function computableMethod(methodId: string): ComputableMethod {
  const method = methodById(methodId);
  if (method.kind !== 'computable') {
    throw new Error(
      `Методика «${methodId}» не рассчитывается порталом: по ней можно показать только опубликованные баллы`,
    );
  }
  return method;
}

/** Validates the inputs (a ZodError names the offending field) and evaluates them by the method. */
function evaluateInputs(inputs: unknown, methodId: string) {
  const parsed = scoringInputsSchema.parse(inputs);
  return { sphere: parsed.sphere, ...evaluate(computableMethod(methodId), parsed) };
}

export function computeScores(inputs: unknown, methodId: string): ScoreResult {
  const { sphere, criteria, total, variants } = evaluateInputs(inputs, methodId);
  return {
    method: methodId,
    sphere,
    variants,
    criteria: criteria.map((c) => ({
      id: c.id,
      name: c.name,
      score: roundScore(c.score),
      indicators: c.indicators.map((i) => ({
        id: i.id,
        name: i.name,
        weight: i.weight,
        score: roundScore(i.score),
      })),
    })),
    total: roundScore(total.score),
  };
}

/** How one number was obtained, for people: formula, inputs substituted, result. */
export interface Explanation {
  id: string;
  name: string;
  formula: string;
  substituted: string;
  score: Score;
  /** The whole line in Russian, e.g. «Пдист = 30 баллов × Сдист, но не более 100; 30 × 2 = 60». */
  text: string;
}

/** «formula; substituted = value», or «formula; substituted — нет данных: reason». */
function line(e: Evaluated): Explanation {
  const score = roundScore(e.score);
  const worked = hasValue(score)
    ? `${e.substituted} = ${formatNumber(score.value)}`
    : [e.substituted, `нет данных: ${score.reason}`].filter(Boolean).join(' — ');
  return {
    id: e.id,
    name: e.name,
    formula: e.formula,
    substituted: e.substituted,
    score,
    text: `${e.formula}; ${worked}`,
  };
}

/** Every indicator, then its criterion, then the total — in the order a reader follows them. */
export function explain(inputs: unknown, methodId: string): Explanation[] {
  const { criteria, total } = evaluateInputs(inputs, methodId);
  return [...criteria.flatMap((c) => [...c.indicators.map(line), line(c)]), line(total)];
}
