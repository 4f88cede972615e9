import { describe, expect, it } from 'vitest';
import { assessmentSchema } from '../../../src/domain/results/index.ts';
import { checkContentIntegrity } from '../../../src/domain/integrity.ts';
import { cultureInputs, socialInputs } from '../scoring/fixtures.ts';
import { fixtureDir, graphOf } from './content.ts';

const valid = {
  organization: 'test-muzey',
  year: 2018,
  method: '344н-2018',
  source: 'Отчёт оператора (тестовый пример)',
  inputs: cultureInputs(),
};
const messages = (value: unknown) => {
  const r = assessmentSchema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('assessment schema', () => {
  it('accepts operator inputs for a computable method', () => {
    expect(messages(valid)).toEqual([]);
  });

  it('refuses a method the portal cannot compute, naming the field', () => {
    expect(messages({ ...valid, method: 'pre-2018-culture-160' })).toEqual([
      expect.stringMatching(/^method: методика не рассчитывается порталом/),
    ]);
  });

  it('refuses answers to question 5 for a culture organization, under inputs', () => {
    const inputs = { ...cultureInputs(), survey: socialInputs().survey };
    expect(messages({ ...valid, inputs })).toEqual([
      expect.stringMatching(/^inputs: survey: переданы ответы \(servedOnTime\.yes\)/),
    ]);
  });

  it('refuses an unknown key and more «Да» than respondents', () => {
    expect(messages({ ...valid, colour: 'red' }).join('\n')).toMatch(/colour/);
    const inputs = cultureInputs();
    inputs.survey.comfortSatisfied = { asked: 10, yes: 11 };
    expect(messages({ ...valid, inputs })).toEqual([
      'inputs.survey.comfortSatisfied.yes: ответов «Да» больше, чем опрошенных',
    ]);
  });
});

describe('integrity of assessments', () => {
  const problemsWith = (change: (g: ReturnType<typeof graphOf>) => void) => {
    const graph = graphOf(fixtureDir);
    change(graph);
    return checkContentIntegrity(graph, () => true).map(
      (p) => `${p.file} → ${p.field}: ${p.message}`,
    );
  };

  it('finds no problem in the fixture', () => {
    expect(problemsWith(() => {})).toEqual([]);
  });

  it('names an unknown organization, a sphere mismatch and a duplicate by file and field', () => {
    const problems = problemsWith((g) => {
      const [centr, house] = g.assessments!;
      g.assessments!.push({ ...centr!, filePath: 'assessments/copy.yaml' });
      centr!.data = { ...centr!.data, inputs: { ...centr!.data.inputs, sphere: 'health' } };
      house!.data = { ...house!.data, organization: 'atlantis' };
    });
    expect(problems).toEqual([
      'assessments/test-centr-2018.yaml → inputs.sphere: сфера «health» не совпадает со сферой организации «social»',
      'assessments/test-dom-kultury-2019.yaml → organization: ссылка на несуществующую запись (организация) «atlantis»',
      'assessments/copy.yaml → year: исходные данные этой организации за 2018 год по методике 344н-2018 уже есть в assessments/test-centr-2018.yaml',
    ]);
  });
});
