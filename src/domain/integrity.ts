import { flattenMeasures, sameNumber } from './plans/measures.ts';
import type { ContentGraph, Entry, IntegrityProblem } from './content/graph.ts';
import { checkImprovementPlans } from './progress/integrity.ts';
import type { CoverageTarget, Plan } from './schemas/index.ts';

type Check = (graph: ContentGraph, fileExists: (relative: string) => boolean) => IntegrityProblem[];

const levelOfParent = { federal: null, regional: 'federal', municipal: 'regional' } as const;

const ids = <T>(entries: Entry<T>[]) => new Set(entries.map((e) => e.id));

function missingRef(file: string, field: string, kind: string, id: string): IntegrityProblem {
  return { file, field, message: `ссылка на несуществующую запись (${kind}) «${id}»` };
}

const checkTerritories: Check = ({ territories }) => {
  const byId = new Map(territories.map((t) => [t.id, t.data]));
  return territories.flatMap(({ filePath, data }) => {
    const expected = levelOfParent[data.level];
    if (data.parent === undefined) {
      return expected === null
        ? []
        : [
            {
              file: filePath,
              field: 'parent',
              message: `у территории уровня ${data.level} должна быть вышестоящая территория`,
            },
          ];
    }
    const parent = byId.get(data.parent);
    if (!parent) return [missingRef(filePath, 'parent', 'территория', data.parent)];
    if (parent.level !== expected) {
      return [
        {
          file: filePath,
          field: 'parent',
          message: `вышестоящая территория «${data.parent}» имеет уровень ${parent.level}, ожидается ${expected ?? 'нет'}`,
        },
      ];
    }
    return [];
  });
};

const checkActs: Check = ({ acts }, fileExists) => {
  const actIds = ids(acts);
  return acts.flatMap(({ id, filePath, data }) => [
    ...(['repeals', 'replaces'] as const).flatMap((field) =>
      data[field].flatMap((ref, i) => {
        if (ref === id)
          return [
            {
              file: filePath,
              field: `${field}[${i}]`,
              message: 'акт не может ссылаться на самого себя',
            },
          ];
        return actIds.has(ref) ? [] : [missingRef(filePath, `${field}[${i}]`, 'акт', ref)];
      }),
    ),
    ...sourceFileProblems(filePath, 'source.file', data.source?.file, fileExists),
  ]);
};

function sourceFileProblems(
  file: string,
  field: string,
  source: string | undefined,
  fileExists: (p: string) => boolean,
) {
  return source === undefined || fileExists(source)
    ? []
    : [{ file, field, message: `файл «${source}» не найден в content/` }];
}

const checkPlans: Check = ({ plans, territories, acts }, fileExists) => {
  const territoryIds = ids(territories);
  const actIds = ids(acts);
  return plans.flatMap(({ filePath, data }) => [
    ...(territoryIds.has(data.territory)
      ? []
      : [missingRef(filePath, 'territory', 'территория', data.territory)]),
    ...(actIds.has(data.act) ? [] : [missingRef(filePath, 'act', 'акт', data.act)]),
    ...sourceFileProblems(filePath, 'source.file', data.source.file, fileExists),
    ...measureProblems(filePath, data),
  ]);
};

/** Numbers and anchors must be unique within a plan, or a citation could point at two measures. */
function measureProblems(file: string, plan: Plan): IntegrityProblem[] {
  const seenNumbers = new Map<string, string>();
  const seenAnchors = new Map<string, string>();
  return flattenMeasures(plan).flatMap(({ measure, path, anchor }) => {
    const problems: IntegrityProblem[] = [];
    if (measure.number === null && measure.anchor === undefined) {
      problems.push({
        file,
        field: `${path}.anchor`,
        message: 'у пункта без номера должен быть anchor',
      });
    }
    if (measure.number !== null) {
      const key = measure.number.replace(/\.\s*$/, '').trim();
      const earlier = seenNumbers.get(key);
      if (earlier)
        problems.push({
          file,
          field: `${path}.number`,
          message: `номер «${measure.number}» повторяется (уже в ${earlier})`,
        });
      else seenNumbers.set(key, path);
    }
    const earlierAnchor = seenAnchors.get(anchor);
    if (earlierAnchor && !problems.length)
      problems.push({
        file,
        field: `${path}.anchor`,
        message: `якорь «${anchor}» повторяется (уже в ${earlierAnchor})`,
      });
    else seenAnchors.set(anchor, path);
    return problems;
  });
}

const checkCoverageTargets: Check = ({ coverageTargets, territories, plans }) => {
  const territoryIds = ids(territories);
  const planById = new Map(plans.map((p) => [p.id, p.data]));
  return coverageTargets.flatMap(({ filePath, data }) => {
    const plan = planById.get(data.plan);
    return [
      ...(territoryIds.has(data.territory)
        ? []
        : [missingRef(filePath, 'territory', 'территория', data.territory)]),
      ...(plan ? [] : [missingRef(filePath, 'plan', 'план', data.plan)]),
      ...(plan && plan.territory !== data.territory
        ? [
            {
              file: filePath,
              field: 'territory',
              message: `план «${data.plan}» относится к территории «${plan.territory}», а не «${data.territory}»`,
            },
          ]
        : []),
      ...(plan && data.measure !== undefined
        ? measureRef(filePath, 'measure', plan, data.measure)
        : []),
      ...duplicateYears(filePath, data),
    ];
  });
};

function duplicateYears(file: string, target: CoverageTarget): IntegrityProblem[] {
  const seen = new Set<number>();
  return target.values.flatMap((v, i) => {
    if (seen.has(v.year))
      return [{ file, field: `values[${i}].year`, message: `год ${v.year} повторяется` }];
    seen.add(v.year);
    return [];
  });
}

function measureRef(file: string, field: string, plan: Plan, number: string): IntegrityProblem[] {
  const found = flattenMeasures(plan).some(
    ({ measure }) => measure.number !== null && sameNumber(measure.number, number),
  );
  return found ? [] : [{ file, field, message: `в плане нет пункта «${number}»` }];
}

const checkCouncilMeetings: Check = ({ councilMeetings, territories, plans }) => {
  const territoryIds = ids(territories);
  const planById = new Map(plans.map((p) => [p.id, p.data]));
  return councilMeetings.flatMap(({ filePath, data }) => {
    const plan = data.plan === undefined ? undefined : planById.get(data.plan);
    const anchors = plan ? new Set(flattenMeasures(plan).map((m) => m.anchor)) : new Set<string>();
    return [
      ...(territoryIds.has(data.territory)
        ? []
        : [missingRef(filePath, 'territory', 'территория', data.territory)]),
      ...(data.plan !== undefined && !plan
        ? [missingRef(filePath, 'plan', 'план', data.plan)]
        : []),
      ...(plan
        ? data.agenda.flatMap((item, i) => [
            ...(item.measure === undefined
              ? []
              : measureRef(filePath, `agenda[${i}].measure`, plan, item.measure)),
            ...(item.measureAnchor === undefined || anchors.has(`measure-${item.measureAnchor}`)
              ? []
              : [
                  {
                    file: filePath,
                    field: `agenda[${i}].measureAnchor`,
                    message: `в плане нет пункта с якорем «${item.measureAnchor}»`,
                  },
                ]),
          ])
        : []),
    ];
  });
};

const checkOrganizations: Check = ({ organizations, territories }) => {
  const territoryIds = ids(territories);
  return organizations.flatMap(({ filePath, data }) =>
    territoryIds.has(data.territory)
      ? []
      : [missingRef(filePath, 'territory', 'территория', data.territory)],
  );
};

const checkResults: Check = ({ results, organizations }) => {
  const byId = new Map(organizations.map((o) => [o.id, o.data]));
  return results.flatMap(({ id, filePath, data }) => {
    if (data.organization_id === undefined) return [];
    const org = byId.get(data.organization_id);
    const field = `${id}.organization_id`;
    if (!org) return [missingRef(filePath, field, 'организация', data.organization_id)];
    return org.sphere === data.sphere
      ? []
      : [
          {
            file: filePath,
            field: `${id}.sphere`,
            message: `сфера «${data.sphere}» не совпадает со сферой организации «${org.sphere}»`,
          },
        ];
  });
};

/** An assessment must name a known organization of the same sphere, once per year and method. */
const checkAssessments: Check = ({ assessments = [], organizations }) => {
  const byId = new Map(organizations.map((o) => [o.id, o.data]));
  const seen = new Map<string, string>();
  return assessments.flatMap(({ filePath, data }) => {
    const org = byId.get(data.organization);
    const key = `${data.organization}|${data.year}|${data.method}`;
    const earlier = seen.get(key);
    seen.set(key, earlier ?? filePath);
    return [
      ...(org ? [] : [missingRef(filePath, 'organization', 'организация', data.organization)]),
      ...(org && org.sphere !== data.inputs.sphere
        ? [
            {
              file: filePath,
              field: 'inputs.sphere',
              message: `сфера «${data.inputs.sphere}» не совпадает со сферой организации «${org.sphere}»`,
            },
          ]
        : []),
      ...(earlier
        ? [
            {
              file: filePath,
              field: 'year',
              message: `исходные данные этой организации за ${data.year} год по методике ${data.method} уже есть в ${earlier}`,
            },
          ]
        : []),
    ];
  });
};

const checks: Check[] = [
  checkTerritories,
  checkActs,
  checkPlans,
  checkCoverageTargets,
  checkCouncilMeetings,
  checkOrganizations,
  checkResults,
  checkAssessments,
  checkImprovementPlans,
];

/** Rules that span entries, which a per-file schema cannot see. */
export function checkContentIntegrity(
  graph: ContentGraph,
  fileExists: (relative: string) => boolean,
): IntegrityProblem[] {
  return checks.flatMap((check) => check(graph, fileExists));
}

export function formatIntegrityProblems(problems: IntegrityProblem[]): string {
  const lines = problems.map((p) => `  ${p.file} → ${p.field}: ${p.message}`);
  return `Содержимое не прошло проверку связей (${problems.length}):\n${lines.join('\n')}`;
}
