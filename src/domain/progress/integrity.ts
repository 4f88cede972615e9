import type { ContentGraph, Entry, IntegrityProblem } from '../content/graph.ts';
import type { PublishedResult } from '../csv/index.ts';
import type { ImprovementPlan } from '../schemas/index.ts';
import { assessmentStart, dueOfText } from './improvementPlans.ts';

/** A 457 plan groups shortcomings by the criteria of this method; a plan for another method's result cannot. */
const PLAN_METHOD = '344н-2018';

function resultProblems(
  file: string,
  plan: ImprovementPlan,
  result: Entry<PublishedResult> | undefined,
): IntegrityProblem[] {
  if (!result) {
    return [
      {
        file,
        field: 'result',
        message: `ссылка на несуществующую запись (результат оценки) «${plan.result}»; id результата — имя CSV-файла в content/results без .csv и номер строки, например «published-2015-2021-3»`,
      },
    ];
  }
  const problems: IntegrityProblem[] = [];
  if (result.data.organization_id !== plan.organization) {
    const whose =
      result.data.organization_id === undefined
        ? 'не связан ни с одной организацией (нет organization_id)'
        : `относится к организации «${result.data.organization_id}»`;
    problems.push({
      file,
      field: 'result',
      message: `результат «${plan.result}» ${whose}, а план — к «${plan.organization}»`,
    });
  }
  if (result.data.method !== PLAN_METHOD) {
    problems.push({
      file,
      field: 'result',
      message: `результат «${plan.result}» получен по методике ${result.data.method}; план по форме ПП № 457 группирует недостатки по критериям методики ${PLAN_METHOD}`,
    });
  }
  return problems;
}

/** Work cannot have been done to remove a shortcoming before the assessment found it. */
function actualDateProblems(
  file: string,
  plan: ImprovementPlan,
  start: string | null,
): IntegrityProblem[] {
  if (start === null) return [];
  const bound =
    plan.assessedOn !== undefined
      ? `дата оценки ${start} (assessedOn)`
      : `оценка ${start.slice(0, 4)} года, раньше ${start} быть не может`;
  return plan.items.flatMap((item, i) => {
    const actual = item.progress?.actualDate;
    return actual !== undefined && actual < start
      ? [
          {
            file,
            field: `items[${i}].progress.actualDate`,
            message: `фактический срок ${actual} раньше оценки: ${bound}`,
          },
        ]
      : [];
  });
}

/**
 * plannedDate is the last day its «Плановый срок» text allows (README); a day that differs from
 * the day the text names would mark the measure late, or on time, against the plan's own words.
 * A text that names no single day («постоянно», several dates) cannot contradict one.
 */
function plannedDateProblems(file: string, plan: ImprovementPlan): IntegrityProblem[] {
  return plan.items.flatMap((item, i) => {
    if (item.plannedDate === undefined || item.deadlineAsWritten === undefined) return [];
    const due = dueOfText(item.deadlineAsWritten);
    return due.kind === 'date' && due.date !== item.plannedDate
      ? [
          {
            file,
            field: `items[${i}].plannedDate`,
            message: `плановый срок ${item.plannedDate} противоречит тексту «${item.deadlineAsWritten}» (deadlineAsWritten): по тексту последний день — ${due.date}`,
          },
        ]
      : [];
  });
}

/** Improvement plans must name a known organization and its own 344н-2018 result, one plan per result. */
export function checkImprovementPlans({
  improvementPlans = [],
  organizations,
  results,
}: ContentGraph): IntegrityProblem[] {
  const organizationIds = new Set(organizations.map((o) => o.id));
  const resultById = new Map(results.map((r) => [r.id, r]));
  const planFileByResult = new Map<string, string>();
  return improvementPlans.flatMap(({ filePath, data }) => {
    const result = resultById.get(data.result);
    const earlier = planFileByResult.get(data.result);
    if (earlier === undefined) planFileByResult.set(data.result, filePath);
    return [
      ...(organizationIds.has(data.organization)
        ? []
        : [
            {
              file: filePath,
              field: 'organization',
              message: `ссылка на несуществующую запись (организация) «${data.organization}»`,
            },
          ]),
      ...resultProblems(filePath, data, result),
      ...(earlier === undefined
        ? []
        : [
            {
              file: filePath,
              field: 'result',
              message: `план по результату «${data.result}» уже есть: ${earlier}`,
            },
          ]),
      ...actualDateProblems(filePath, data, assessmentStart(data, result?.data)),
      ...plannedDateProblems(filePath, data),
    ];
  });
}
