// Rules that span entries (src/domain/integrity.ts), on the minimal fixture read as the site
// reads it, broken one entry at a time. tests/build/content-errors.test.ts keeps one build per
// kind of fault, to prove the build fails with these very messages.
import { describe, expect, it } from 'vitest';
import { checkContentIntegrity, formatIntegrityProblems } from '../../src/domain/integrity.ts';
import type { ContentGraph } from '../../src/domain/content/graph.ts';
import { contentGraph, fixtureRoot } from '../helpers/contentGraph.ts';

const minimal = () => structuredClone(contentGraph(fixtureRoot('minimal')));
const problems = (graph: ContentGraph, fileExists: (file: string) => boolean = () => true) =>
  checkContentIntegrity(graph, fileExists).map((p) => `${p.file} → ${p.field}: ${p.message}`);
const entry = <T>(entries: { id: string; data: T }[], id: string): T =>
  entries.find((e) => e.id === id)!.data;

describe('checkContentIntegrity', () => {
  it('finds nothing wrong in the minimal fixture', () => {
    expect(problems(minimal())).toEqual([]);
  });

  it('names a reference to a territory that does not exist', () => {
    const g = minimal();
    entry(g.plans, 'oblast-plan').territory = 'atlantis';
    expect(problems(g)).toMatchInlineSnapshot(`
      [
        "plans/oblast-plan.yaml → territory: ссылка на несуществующую запись (территория) «atlantis»",
        "coverage-targets/oblast-share.yaml → territory: план «oblast-plan» относится к территории «atlantis», а не «oblast»",
      ]
    `);
  });

  it('names a territory whose parent is of the wrong level', () => {
    const g = minimal();
    g.territories.push({
      id: 'rayon',
      filePath: 'territories/rayon.yaml',
      data: { name: 'Район', level: 'municipal', parent: 'rf' },
    });
    expect(problems(g)).toEqual([
      'territories/rayon.yaml → parent: вышестоящая территория «rf» имеет уровень federal, ожидается regional',
    ]);
  });

  it('names an act that repeals an act that does not exist', () => {
    const g = minimal();
    entry(g.acts, 'act-new').repeals = ['act-lost'];
    expect(problems(g)).toEqual([
      'acts/act-new.yaml → repeals[0]: ссылка на несуществующую запись (акт) «act-lost»',
    ]);
  });

  it('names a measure number used twice, with where it was first', () => {
    const g = minimal();
    entry(g.plans, 'oblast-plan').measures[1]!.number = '1.';
    expect(problems(g)).toEqual([
      'plans/oblast-plan.yaml → measures[1].number: номер «1.» повторяется (уже в measures[0])',
    ]);
  });

  it('names an agenda item for a measure the plan lacks', () => {
    const g = minimal();
    const agenda = entry(g.councilMeetings, 'oblast-2018-q1').agenda;
    agenda[0] = { ...agenda[0]!, measure: '7.7.' };
    expect(problems(g)[0]).toMatch(
      /^council-meetings\/oblast-2018-q1\.yaml → agenda\[0\]\.measure: .*«7\.7\.»/,
    );
  });

  it('names a source file that is not kept', () => {
    expect(problems(minimal(), (file) => !file.endsWith('plan.txt')).length).toBeGreaterThan(0);
  });

  it('reports every problem at once, each on its own line', () => {
    const g = minimal();
    entry(g.plans, 'oblast-plan').territory = 'atlantis';
    entry(g.acts, 'act-new').repeals = ['act-lost'];
    const found = checkContentIntegrity(g, () => true);
    expect(found).toHaveLength(3);
    expect(formatIntegrityProblems(found)).toMatchInlineSnapshot(`
      "Содержимое не прошло проверку связей (3):
        acts/act-new.yaml → repeals[0]: ссылка на несуществующую запись (акт) «act-lost»
        plans/oblast-plan.yaml → territory: ссылка на несуществующую запись (территория) «atlantis»
        coverage-targets/oblast-share.yaml → territory: план «oblast-plan» относится к территории «atlantis», а не «oblast»"
    `);
  });
});
