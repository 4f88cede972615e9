import { describe, expect, it } from 'vitest';
import {
  questionIds,
  questionnaire675n,
  numberedText,
  questionsFor,
  visibleQuestions,
  pruneSkipped,
  isSkipped,
} from '../../../src/domain/questionnaire/index.ts';

const ids = (qs: { id: string }[]) => qs.map((q) => q.id);

describe('questionnaire 675н as data', () => {
  it('has 18 questions with stable ids by the full numbering', () => {
    expect(questionnaire675n.version).toBe('675н-2018');
    expect(ids([...questionnaire675n.questions])).toEqual([...questionIds]);
    questionnaire675n.questions.forEach((q, i) => expect(q.number).toBe(i + 1));
  });

  it('marks the restored opening of questions 9, 10 and 12 and says where the wording comes from', () => {
    const restored = questionnaire675n.questions.filter((q) => q.openingRestored).map((q) => q.id);
    expect(restored).toEqual(['q9', 'q10', 'q12']);
    for (const id of restored)
      expect(questionnaire675n.questions.find((q) => q.id === id)?.text).toMatch(
        /^Удовлетворены ли Вы доброжелательностью и вежливостью работников, /,
      );
    expect(questionnaire675n.wordingSource).toMatch(/сайты организаций/);
  });

  it('warns against personal data in the free-text question, which is optional', () => {
    const q16 = questionnaire675n.questions[15];
    expect(q16).toMatchObject({ id: 'q16', kind: 'freeText', required: false });
    expect(q16?.warning).toMatch(/личность/);
  });

  it('keeps the age group optional and the sex question a choice of two', () => {
    expect(questionnaire675n.questions[16]?.choices?.map((c) => c.value)).toEqual([
      'male',
      'female',
    ]);
    expect(questionnaire675n.questions[17]).toMatchObject({
      id: 'q18',
      kind: 'ageGroup',
      required: false,
    });
  });
});

describe('questionsFor: the variant without Q5', () => {
  it.each(['culture', 'education'] as const)(
    '%s has no Q5 and renumbers the rest, ids unchanged',
    (sphere) => {
      const qs = questionsFor(sphere);
      expect(qs).toHaveLength(17);
      expect(ids(qs)).not.toContain('q5');
      expect(qs.find((q) => q.id === 'q6')?.displayNumber).toBe(5);
      expect(qs.find((q) => q.id === 'q18')?.displayNumber).toBe(17);
    },
  );

  it.each(['social', 'health'] as const)('%s asks Q5 and keeps the full numbering', (sphere) => {
    const qs = questionsFor(sphere);
    expect(qs).toHaveLength(18);
    qs.forEach((q) => expect(q.displayNumber).toBe(q.number));
  });
});

describe('visibleQuestions: skip logic', () => {
  it.each([
    ['q1', 'q2'],
    ['q3', 'q4'],
    ['q7', 'q8'],
    ['q11', 'q12'],
  ])('«Нет» to %s hides %s', (screen, dependent) => {
    expect(ids(visibleQuestions('health', { [screen]: 'no' }))).not.toContain(dependent);
    expect(ids(visibleQuestions('health', { [screen]: 'yes' }))).toContain(dependent);
  });

  it('an unanswered screening question hides nothing', () => {
    expect(visibleQuestions('health', {})).toHaveLength(18);
  });

  it('numbers visible questions by the sphere variant, not by what is skipped', () => {
    const qs = visibleQuestions('culture', { q1: 'no' });
    expect(qs.find((q) => q.id === 'q3')?.displayNumber).toBe(3);
  });

  it('isSkipped only looks at «Нет»', () => {
    const q2 = questionnaire675n.questions[1]!;
    expect(isSkipped(q2, { q1: 'no' })).toBe(true);
    expect(isSkipped(q2, { q1: 'yes' })).toBe(false);
  });
});

describe('pruneSkipped', () => {
  it('drops answers to skipped questions and keeps the rest', () => {
    expect(
      pruneSkipped({ q1: 'no', q2: 'yes', q3: 'yes', q4: 'no', q11: 'no', q12: 'yes' }),
    ).toEqual({ q1: 'no', q3: 'yes', q4: 'no', q11: 'no' });
  });
});

describe('browser safety', () => {
  it('imports nothing from Node in src/domain/questionnaire (the form bundles it)', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const dir = new URL('../../../src/domain/questionnaire/', import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(3);
    for (const f of files)
      expect(readFileSync(new URL(f, dir), 'utf8')).not.toMatch(/from ['"](node:|fs|path|crypto)/);
  });
});

describe('numberedText: notices cite the numbers on screen', () => {
  it('writes the culture variant’s numbers, one lower after the absent Q5', () => {
    expect(
      numberedText(
        'Возрастные группы в вопросе {q18}; вопросы {q9} и {q12}.',
        questionsFor('culture'),
      ),
    ).toBe('Возрастные группы в вопросе 17; вопросы 8 и 11.');
    expect(numberedText('в вопросе {q18}', questionsFor('health'))).toBe('в вопросе 18');
  });

  it('refuses a question the variant does not ask, naming the text', () => {
    expect(() => numberedText('вопрос {q5}', questionsFor('culture'))).toThrow(
      '«вопрос {q5}»: {q5} is not a question of this variant',
    );
  });

  it.each(['culture', 'education', 'social', 'health'] as const)(
    'every convention of the questionnaire resolves in %s',
    (sphere) => {
      for (const c of questionnaire675n.conventions)
        expect(numberedText(c, questionsFor(sphere))).not.toMatch(/\{q\d+\}/);
    },
  );
});
