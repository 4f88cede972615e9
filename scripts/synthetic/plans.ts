// A territory's plan of measures, the act adopting it, the council meetings it schedules and
// its coverage target — shaped like the real ones (sizes, numbering, deadline texts).
import type { Sphere } from '../../src/domain/schemas/index.ts';
import type { PlaceName } from './names.ts';
import { shiftYears, type MeasureTemplate, type Pools } from './pools.ts';
import type { Random } from './random.ts';

export interface PlanTerritory {
  id: string;
  level: 'federal' | 'regional' | 'municipal';
  place: PlaceName;
}

export interface Period { from: number; to: number }

export interface PlanBundle {
  act: { id: string; data: Record<string, unknown> };
  plan: { id: string; data: Record<string, unknown> };
  meetings: { id: string; data: Record<string, unknown> }[];
  target?: { id: string; data: Record<string, unknown> };
}

interface SyntheticMeasure {
  number: string;
  text: string;
  form?: string;
  deadline?: string;
  executors: string[];
  items: SyntheticMeasure[];
}

const sphereNames: Record<Sphere, string> = {
  culture: 'культуры', social: 'социального обслуживания', health: 'охраны здоровья', education: 'образования',
};

function executorsOf(t: PlanTerritory, spheres: readonly Sphere[]): string[] {
  const council = 'Общественный совет';
  if (t.level === 'municipal') {
    const units = { education: 'Управление образования', culture: 'Отдел культуры', social: 'Отдел социальной защиты населения', health: 'Отдел здравоохранения' };
    return [council, ...spheres.map((s) => `${units[s]} администрации ${t.place.genitive}`)];
  }
  const ministries = { education: 'Министерство образования', culture: 'Министерство культуры', social: 'Министерство социальной защиты населения', health: 'Министерство здравоохранения' };
  return [council, ...spheres.map((s) => `${ministries[s]} ${t.place.genitive}`)];
}

function measureFrom(template: MeasureTemplate, number: string, offset: number, executors: string[], random: Random): SyntheticMeasure {
  return {
    number,
    text: template.text,
    ...(template.form && { form: template.form }),
    ...(template.deadline && { deadline: shiftYears(template.deadline, offset) }),
    executors: [random.pick(executors)],
    items: [],
  };
}

/** Measures numbered like the real plans («1.», «1.1.»), sized like one of them. */
function measuresFor(pools: Pools, period: Period, executors: string[], random: Random): SyntheticMeasure[] {
  const shape = random.pick(pools.shapes);
  const pickFrom = () => random.pick(pools.measures);
  return shape.items.map((count, i) => {
    const top = pickFrom();
    const measure = measureFrom(top, `${i + 1}.`, period.from - top.planFrom, executors, random);
    for (let k = 1; k <= count; k++) {
      const item = pickFrom();
      measure.items.push(measureFrom(item, `${i + 1}.${k}.`, period.from - item.planFrom, executors, random));
    }
    return measure;
  });
}

const flat = (measures: SyntheticMeasure[]): SyntheticMeasure[] => measures.flatMap((m) => [m, ...flat(m.items)]);

function actFor(t: PlanTerritory, period: Period, random: Random) {
  const month = random.int(1, 3);
  const day = random.int(1, 28);
  const date = `${period.from}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const written = `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.${period.from}`;
  const number = t.level === 'municipal' ? String(random.int(10, 999)) : `${random.int(100, 3999)}-р`;
  const kind = t.level === 'municipal' ? 'постановление' : 'распоряжение';
  const issuer = t.level === 'municipal' ? `Администрация ${t.place.genitive}` : `Правительство ${t.place.genitive}`;
  const title = `${kind === 'постановление' ? 'Постановление' : 'Распоряжение'} ${t.level === 'municipal' ? 'администрации' : 'Правительства'} ${t.place.genitive} от ${written} № ${number}`;
  return { id: `${t.id}-akt-${period.from}`, data: { title, kind, issuer, number, date, dateAsWritten: written, textAvailable: false } };
}

export function planBundle(t: PlanTerritory, spheres: readonly Sphere[], period: Period, pools: Pools, random: Random): PlanBundle {
  const act = actFor(t, period, random);
  const measures = measuresFor(pools, period, executorsOf(t, spheres), random);
  const planId = `${t.id}-${period.from}-${period.to}`;
  const title = `План мероприятий по организации проведения независимой оценки качества условий оказания услуг организациями в сфере ${spheres.map((s) => sphereNames[s]).join(', ')} ${t.place.genitive} на ${period.from}–${period.to} годы (синтетический пример)`;
  const plan = {
    id: planId,
    data: {
      title, territory: t.id, act: act.id, period, spheres: [...spheres],
      source: { title: `${title}: сгенерирован для проверки масштаба портала, не настоящий документ` },
      measures: measures.map(toYaml),
    },
  };
  return { act, plan, meetings: meetingsFor(t, planId, measures, period, random), ...targetFor(t, planId, period, random) };
}

function toYaml(m: SyntheticMeasure): Record<string, unknown> {
  return {
    number: m.number, text: m.text,
    ...(m.form && { form: m.form }), ...(m.deadline && { deadline: m.deadline }),
    executors: m.executors,
    ...(m.items.length > 0 && { items: m.items.map(toYaml) }),
  };
}

/** One planned council meeting a year, on a measure that has a deadline (its schedule as written). */
function meetingsFor(t: PlanTerritory, planId: string, measures: SyntheticMeasure[], period: Period, random: Random) {
  const scheduled = flat(measures).filter((m) => m.deadline !== undefined);
  if (scheduled.length === 0) return [];
  const council = `Общественный совет по проведению независимой оценки качества условий оказания услуг организациями ${t.place.genitive}`;
  const meetings = [];
  for (let year = period.from; year <= period.to; year++) {
    const m = random.pick(scheduled);
    const quarter = random.int(1, 4);
    meetings.push({
      id: `${t.id}-${year}-q${quarter}`,
      data: {
        status: 'planned', territory: t.id, council, agenda: [{ text: m.text, measure: m.number }],
        plan: planId, when: { year, quarter }, scheduleAsWritten: m.deadline,
      },
    });
  }
  return meetings;
}

/** Regions set a coverage target, as Tatarstan does («100 процентов … к концу года»); most municipalities do not. */
function targetFor(t: PlanTerritory, planId: string, period: Period, random: Random): { target: NonNullable<PlanBundle['target']> } | Record<never, never> {
  if (t.level === 'municipal' && !random.chance(0.3)) return {};
  const values = random.chance(0.5)
    ? [{ year: period.to, byEndOfYear: true, target: { kind: 'number', value: 100 } }]
    : Array.from({ length: period.to - period.from + 1 }, (_, i) => ({ year: period.from + i, target: { kind: 'range', min: 30, max: 35 } }));
  return {
    target: {
      id: `${t.id}-assessed-share-${period.from}`,
      data: {
        territory: t.id, plan: planId, indicator: 'assessedShare',
        indicatorAsWritten: 'Доля организаций, в отношении которых проведена независимая оценка качества условий оказания услуг в отчётном году, от общего количества организаций, процентов',
        unit: '%', values,
      },
    },
  };
}
