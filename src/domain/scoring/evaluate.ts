import type { Sphere } from '../schemas/common.ts';
import { quantitiesOf, type ScoringInputs } from './inputs.ts';
import type {
  ComputableCriterion,
  ComputableMethod,
  Indicator,
  IndicatorRule,
} from './methodSchema.ts';
import { formatNumber as f, weightedSum } from './format.ts';
import { hasValue, noData, scoreOf, type Score } from './score.ts';

/** One computed number, at full precision, with the formula filled in with the actual inputs. */
export interface Evaluated {
  id: string;
  name: string;
  formula: string;
  substituted: string;
  score: Score;
}
export interface EvaluatedCriterion extends Evaluated {
  indicators: (Evaluated & { weight: number })[];
}
export interface Evaluation {
  criteria: EvaluatedCriterion[];
  total: Evaluated;
  variants: string[];
}

type Quantities = Map<string, number>;
type Term = Extract<IndicatorRule, { kind: 'shares' }>['terms'][number];

type Share = { value: number; text: string };

function shareOf(term: Term, q: Quantities): Share | { reason: string } {
  const num = q.get(term.numerator.quantity);
  const den = q.get(term.denominator.quantity);
  if (num === undefined || den === undefined)
    return { reason: `нет сведений для ${term.denominator.symbol} (${term.denominator.meaning})` };
  if (den === 0)
    return {
      reason: `знаменатель ${term.denominator.symbol} равен нулю (${term.denominator.meaning}), доля не определена`,
    };
  return { value: num / den, text: `${f(num)} / ${f(den)}` };
}

/** Mean of ratios × 100; any ratio with nothing to divide by makes the whole indicator "no data". */
function evaluateShares(terms: Term[], q: Quantities): { score: Score; substituted: string } {
  const shares = terms.map((t) => shareOf(t, q));
  const ok = shares.filter((s): s is Share => 'value' in s);
  const missing = shares.find((s) => 'reason' in s);
  if (missing && 'reason' in missing) return { score: noData(missing.reason), substituted: '' };
  const mean = ok.reduce((a, s) => a + s.value, 0) / ok.length;
  const inner = ok.map((s) => s.text).join(' + ');
  const substituted = ok.length === 1 ? `${inner} × 100` : `${f(1 / ok.length)} × (${inner}) × 100`;
  return { score: scoreOf(mean * 100), substituted };
}

function evaluateRule(rule: IndicatorRule, q: Quantities): { score: Score; substituted: string } {
  if (rule.kind === 'shares') return evaluateShares(rule.terms, q);
  const count = q.get(rule.count.quantity);
  if (count === undefined)
    return {
      score: noData(`нет сведений для ${rule.count.symbol} (${rule.count.meaning})`),
      substituted: '',
    };
  const raw = rule.pointsPerUnit * count;
  const product = `${f(rule.pointsPerUnit)} × ${f(count)}`;
  const substituted =
    raw > rule.cap ? `наименьшее из (${product} = ${f(raw)}) и ${f(rule.cap)}` : product;
  return { score: scoreOf(Math.min(raw, rule.cap)), substituted };
}

const variantFor = (c: ComputableCriterion, sphere: Sphere) =>
  c.sphereVariant?.spheres.includes(sphere) ? c.sphereVariant : undefined;

/** The indicators a criterion uses in this sphere, with their weights. */
function weighted(
  c: ComputableCriterion,
  sphere: Sphere,
): { indicator: Indicator; weight: number }[] {
  const variant = variantFor(c, sphere);
  if (!variant) return c.indicators.map((indicator) => ({ indicator, weight: indicator.weight }));
  return c.indicators.flatMap((indicator) => {
    const weight = variant.weights[indicator.id];
    return weight === undefined ? [] : [{ indicator, weight }];
  });
}

/**
 * A weighted sum is computed only when every part has a value. If one part has no data the whole
 * is "no data", and the reason names the part. Re-weighting the remaining parts would silently
 * produce a number by a formula the act does not contain, and counting the gap as 0 or 100 would
 * invent an answer; the parts that do have values stay visible next to the gap.
 */
function combine(
  parts: { id: string; weight: number; score: Score }[],
  what: [one: string, many: string],
) {
  const gaps = parts.filter((p) => !hasValue(p.score)).map((p) => p.id);
  const terms = parts.flatMap((p) => (hasValue(p.score) ? [p.weight * p.score.value] : []));
  const substituted = weightedSum(
    parts.map((p) => ({
      weight: p.weight,
      text: hasValue(p.score) ? f(p.score.value) : '(нет данных)',
    })),
  );
  if (gaps.length > 0) {
    return {
      score: noData(
        `не рассчитывается без ${gaps.length === 1 ? what[0] : what[1]} ${gaps.join(', ')}`,
      ),
      substituted,
    };
  }
  return { score: scoreOf(terms.reduce((a, t) => a + t, 0)), substituted };
}

function evaluateCriterion(
  c: ComputableCriterion,
  sphere: Sphere,
  q: Quantities,
): EvaluatedCriterion {
  const indicators = weighted(c, sphere).map(({ indicator, weight }) => ({
    id: indicator.id,
    name: indicator.name,
    formula: indicator.formula,
    weight,
    ...evaluateRule(indicator.rule, q),
  }));
  const formula = `${c.id} = ${weightedSum(indicators.map((i) => ({ weight: i.weight, text: i.id })))}`;
  return {
    id: c.id,
    name: c.name,
    formula,
    indicators,
    ...combine(indicators, ['показателя', 'показателей']),
  };
}

/** Answers for an indicator the sphere's variant leaves out mean the inputs and the method disagree. */
function assertNoUnusedSurvey(
  method: ComputableMethod,
  inputs: ScoringInputs,
  q: Quantities,
): void {
  for (const c of method.criteria) {
    const used = new Set(weighted(c, inputs.sphere).map((w) => w.indicator.id));
    for (const i of c.indicators) {
      if (used.has(i.id) || i.rule.kind !== 'shares') continue;
      const given = i.rule.terms.map((t) => t.numerator.quantity).filter((k) => q.has(k));
      if (given.length > 0) {
        throw new Error(
          `survey: переданы ответы (${given.join(', ')}) для показателя ${i.id}, который здесь не применяется: ${variantFor(c, inputs.sphere)?.title}`,
        );
      }
    }
  }
}

export function evaluate(method: ComputableMethod, inputs: ScoringInputs): Evaluation {
  const q = quantitiesOf(inputs);
  assertNoUnusedSurvey(method, inputs, q);
  const criteria = method.criteria.map((c) => evaluateCriterion(c, inputs.sphere, q));
  const parts = criteria.map((c, k) => ({
    id: c.id,
    weight: method.criteria[k]!.weightInTotal,
    score: c.score,
  }));
  const total = {
    id: 'S',
    name: 'Итоговый балл организации',
    formula: `S = ${weightedSum(parts.map((p) => ({ weight: p.weight, text: p.id })))}`,
    ...combine(parts, ['критерия', 'критериев']),
  };
  const variants = method.criteria.flatMap((c) => variantFor(c, inputs.sphere)?.title ?? []);
  return { criteria, total, variants };
}
