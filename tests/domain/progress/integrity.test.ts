import { describe, expect, it } from 'vitest';
import { checkContentIntegrity } from '../../../src/domain/integrity.ts';
import type { ContentGraph } from '../../../src/domain/content/graph.ts';
import { improvementPlanSchema, type ImprovementPlan } from '../../../src/domain/schemas/index.ts';
import type { PublishedResult } from '../../../src/domain/csv/index.ts';
import { tallyProgress } from '../../../src/domain/progress/index.ts';

const result = (
  organization_id: string | undefined,
  extra: Partial<PublishedResult> = {},
): PublishedResult => ({
  organization: 'Вымышленная',
  organization_id,
  sphere: 'culture',
  region: 'Область',
  year: 2019,
  method: '344н-2018',
  total: 80,
  source: 'тест',
  ...extra,
});

function graph(
  plan: Partial<ImprovementPlan>,
  results: Record<string, PublishedResult> = { 'ocenka-1': result('muzey') },
): ContentGraph {
  const data = improvementPlanSchema.parse({
    organization: 'muzey',
    result: 'ocenka-1',
    synthetic: true,
    items: [
      {
        criterion: 'К1',
        shortcoming: 'н',
        measure: 'м',
        plannedDate: '2020-03-01',
        progress: { actualDate: '2020-02-01' },
      },
    ],
    ...plan,
  });
  return {
    territories: [
      { id: 'rf', filePath: 'territories/rf.yaml', data: { name: 'РФ', level: 'federal' } },
    ],
    acts: [],
    plans: [],
    coverageTargets: [],
    councilMeetings: [],
    organizations: [
      {
        id: 'muzey',
        filePath: 'organizations/muzey.yaml',
        data: { name: 'Музей', sphere: 'culture', territory: 'rf' },
      },
    ],
    results: Object.entries(results).map(([id, data]) => ({
      id,
      filePath: 'results/ocenka.csv',
      data,
    })),
    improvementPlans: [{ id: 'plan', filePath: 'improvement-plans/plan.yaml', data }],
  };
}
const problems = (g: ContentGraph) =>
  checkContentIntegrity(g, () => true).map((p) => `${p.file} → ${p.field}: ${p.message}`);

describe('improvement plan schema', () => {
  it('refuses an unknown criterion, and a Latin K, naming the field', () => {
    const parsed = improvementPlanSchema.safeParse({
      organization: 'a',
      result: 'b',
      synthetic: true,
      items: [{ criterion: 'K1', shortcoming: 'н', measure: 'м', plannedDate: '2020-01-01' }],
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ['items', 0, 'criterion'] });
    expect(parsed.error?.issues[0]?.message).toMatch(/«K1».*К1, К2, К3, К4, К5.*кириллическая/);
  });

  it('needs a planned day or the term as written, and a source unless synthetic', () => {
    const parsed = improvementPlanSchema.safeParse({
      organization: 'a',
      result: 'b',
      items: [{ criterion: 'К6', shortcoming: 'н', measure: 'м' }],
    });
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual(
      expect.arrayContaining(['items.0.criterion']),
    );
    const noDate = improvementPlanSchema.safeParse({
      organization: 'a',
      result: 'b',
      items: [{ criterion: 'К1', shortcoming: 'н', measure: 'м' }],
    });
    expect(noDate.error?.issues.map((i) => i.path.join('.'))).toEqual([
      'items.0.plannedDate',
      'source',
    ]);
    const noSource = improvementPlanSchema.safeParse({
      organization: 'a',
      result: 'b',
      items: [{ criterion: 'К1', shortcoming: 'н', measure: 'м', deadlineAsWritten: 'постоянно' }],
    });
    expect(noSource.error?.issues.map((i) => i.path.join('.'))).toEqual(['source']);
  });
});

describe('improvement plan integrity', () => {
  it('accepts a plan for its organization’s own result', () => {
    expect(problems(graph({}))).toEqual([]);
  });

  it('names a result that does not exist', () => {
    expect(problems(graph({ result: 'ocenka-9' }))).toEqual([
      expect.stringMatching(/^improvement-plans\/plan\.yaml → result: .*«ocenka-9»/),
    ]);
  });

  it('names a result of another organization, and one of another method', () => {
    expect(problems(graph({}, { 'ocenka-1': result('teatr') }))).toContainEqual(
      expect.stringMatching(
        /→ result: результат «ocenka-1» относится к организации «teatr», а план — к «muzey»/,
      ),
    );
    expect(
      problems(graph({}, { 'ocenka-1': result('muzey', { method: 'pre-2018-culture' }) })),
    ).toEqual([expect.stringMatching(/методике pre-2018-culture/)]);
  });

  it('names an unknown organization', () => {
    expect(problems(graph({ organization: 'teatr' }))).toContain(
      'improvement-plans/plan.yaml → organization: ссылка на несуществующую запись (организация) «teatr»',
    );
  });

  it('refuses an actual date before the assessment year, or before assessedOn', () => {
    const early = {
      items: [
        {
          criterion: 'К1',
          shortcoming: 'н',
          measure: 'м',
          plannedDate: '2020-03-01',
          responsible: [],
          progress: { actualDate: '2018-12-31' },
        },
      ],
    } as Partial<ImprovementPlan>;
    expect(problems(graph(early))).toEqual([
      expect.stringMatching(
        /→ items\[0\]\.progress\.actualDate: фактический срок 2018-12-31 раньше оценки/,
      ),
    ]);
    expect(problems(graph({ assessedOn: '2020-02-15' }))).toEqual([
      expect.stringMatching(/items\[0\]\.progress\.actualDate: .*2020-02-15 \(assessedOn\)/),
    ]);
  });
});

describe('improvement plan integrity: plannedDate against deadlineAsWritten', () => {
  const item = (plannedDate: string | undefined, deadlineAsWritten: string) =>
    ({
      items: [
        {
          criterion: 'К1',
          shortcoming: 'н',
          measure: 'м',
          ...(plannedDate ? { plannedDate } : {}),
          deadlineAsWritten,
          responsible: [],
        },
      ],
    }) as Partial<ImprovementPlan>;

  it('accepts the last day the text allows', () => {
    expect(problems(graph(item('2020-12-31', 'IV квартал 2020 г.')))).toEqual([]);
    expect(problems(graph(item('2019-12-31', 'до 31.12.2019')))).toEqual([]);
    expect(problems(graph(item('2020-06-30', 'I полугодие 2020 года')))).toEqual([]);
  });

  it('names the file and field of a planned day the text contradicts, with the day the text names', () => {
    expect(problems(graph(item('2020-11-30', 'IV квартал 2020 г.')))).toEqual([
      'improvement-plans/plan.yaml → items[0].plannedDate: плановый срок 2020-11-30 противоречит тексту «IV квартал 2020 г.» (deadlineAsWritten): по тексту последний день — 2020-12-31',
    ]);
    expect(problems(graph(item('2020-12-31', 'до 31.12.2019')))).toEqual([
      expect.stringMatching(/items\[0\]\.plannedDate: .*2019-12-31/),
    ]);
  });

  it('lists every contradicting item in one pass', () => {
    const two = {
      items: [
        {
          criterion: 'К1',
          shortcoming: 'н',
          measure: 'м',
          plannedDate: '2021-01-31',
          deadlineAsWritten: 'I квартал 2021',
          responsible: [],
        },
        {
          criterion: 'К2',
          shortcoming: 'н',
          measure: 'м',
          plannedDate: '2021-03-31',
          deadlineAsWritten: 'I квартал 2021',
          responsible: [],
        },
        {
          criterion: 'К3',
          shortcoming: 'н',
          measure: 'м',
          plannedDate: '2022-01-01',
          deadlineAsWritten: '2019–2021 годы',
          responsible: [],
        },
      ],
    } as Partial<ImprovementPlan>;
    expect(problems(graph(two)).map((p) => p.split(':')[0])).toEqual([
      'improvement-plans/plan.yaml → items[0].plannedDate',
      'improvement-plans/plan.yaml → items[2].plannedDate',
    ]);
  });

  it('does not compare a text that names no single day, or one it cannot read', () => {
    expect(problems(graph(item('2020-12-31', 'постоянно')))).toEqual([]);
    expect(problems(graph(item('2020-12-31', 'по мере поступления финансирования')))).toEqual([]);
    expect(problems(graph(item('2020-12-31', 'до конца года')))).toEqual([]);
  });
});

describe('tallyProgress', () => {
  it('counts each state and the share on time among measures due or done', () => {
    const t = tallyProgress([
      { state: 'doneOnTime', pastDueNotDone: false },
      { state: 'doneLate', pastDueNotDone: false },
      { state: 'overdue', pastDueNotDone: true },
      { state: 'noReport', pastDueNotDone: true },
      { state: 'noReport', pastDueNotDone: false },
      { state: 'notYetDue', pastDueNotDone: false },
      { state: 'inProgress', pastDueNotDone: false },
    ]);
    expect(t.counts).toEqual({
      doneOnTime: 1,
      doneLate: 1,
      overdue: 1,
      inProgress: 1,
      notYetDue: 1,
      noReport: 2,
    });
    expect(t).toMatchObject({ total: 7, dueOrDone: 4, onTimeShare: 0.25 });
  });

  it('has no share, not 0, when nothing is due or done yet', () => {
    expect(tallyProgress([{ state: 'notYetDue', pastDueNotDone: false }]).onTimeShare).toBeNull();
  });
});
