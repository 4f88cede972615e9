import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { load as parse } from 'js-yaml';
import { checkContentIntegrity } from '../../src/domain/integrity.ts';
import type { ContentGraph } from '../../src/domain/content/graph.ts';
import { datasetSchema } from '../../src/lib/dataset.ts';
import { generateTree } from '../../scripts/synthetic/generate.ts';
import { readGraph, snapshot } from './tree.ts';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'nok-synthetic-test-'));
const tree = (name: string) => path.join(work, name);
// 0.002 of the country: 2 regions, 5 municipalities, 260 organizations — small, but every kind of file.
const FRACTION = 0.002;
let graph: ContentGraph;

beforeAll(() => {
  generateTree({ fraction: FRACTION, seed: 7, out: tree('a') });
  generateTree({ fraction: FRACTION, seed: 7, out: tree('b') });
  generateTree({ fraction: FRACTION, seed: 8, out: tree('c') });
  graph = readGraph(tree('a'));
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('synthetic generator', () => {
  it('writes a byte-identical tree for the same seed, and a different one for another seed', () => {
    const a = snapshot(tree('a'));
    const b = snapshot(tree('b'));
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [file, bytes] of a) expect(b.get(file)!.equals(bytes), file).toBe(true);
    const c = snapshot(tree('c'));
    expect([...a].every(([file, bytes]) => c.get(file)?.equals(bytes))).toBe(false);
  });

  it('writes every collection of content/ plus assessments and improvement plans, each passing its schema', () => {
    expect(graph.territories.filter((t) => t.data.level === 'regional')).toHaveLength(2);
    expect(graph.territories.filter((t) => t.data.level === 'municipal')).toHaveLength(5);
    expect(graph.organizations).toHaveLength(260);
    for (const name of ['acts', 'plans', 'coverageTargets', 'councilMeetings', 'results', 'assessments', 'improvementPlans'] as const) {
      expect(graph[name]?.length, name).toBeGreaterThan(0);
    }
  });

  it('passes the integrity check of the site', () => {
    expect(checkContentIntegrity(graph, (rel) => fs.existsSync(path.join(tree('a'), rel)))).toEqual([]);
  });

  it('assesses every organization at least once in the three years, and plans an improvement for each result', () => {
    const assessed = new Set(graph.results.map((r) => r.data.organization_id));
    expect(graph.organizations.every((o) => assessed.has(o.id))).toBe(true);
    expect(new Set(graph.results.map((r) => r.data.year))).toEqual(new Set([2019, 2020, 2021]));
    expect(graph.improvementPlans!.map((p) => p.data.result).sort()).toEqual(graph.results.map((r) => r.id).sort());
  });

  it('gives every plan a municipality or region and a size and deadlines drawn from the real plans', () => {
    const planned = new Set(graph.plans.map((p) => p.data.territory));
    expect(graph.territories.every((t) => planned.has(t.id))).toBe(true);
    const realDeadlines = fs.readFileSync(path.resolve('content/plans/tatarstan-2018-2021.yaml'), 'utf8');
    expect(realDeadlines).toContain('IV квартал (ежегодно)');
    const deadlines = graph.plans.flatMap((p) => p.data.measures.flatMap((m) => [m, ...m.items]).map((m) => m.deadline));
    expect(deadlines.some((d) => d !== undefined && /квартал|ежегодно|постоянно/i.test(d))).toBe(true);
  });

  it('labels the tree synthetic: dataset.yaml, plan titles, improvement plans', () => {
    const dataset = datasetSchema.parse(parse(fs.readFileSync(path.join(tree('a'), 'dataset.yaml'), 'utf8')));
    expect(dataset).toMatchObject({ synthetic: true, seed: 7, fraction: FRACTION });
    expect(graph.plans.every((p) => p.data.title.endsWith('(синтетический пример)'))).toBe(true);
    expect(graph.improvementPlans!.every((p) => p.data.synthetic)).toBe(true);
  });

  it('refuses to write into content/', () => {
    expect(() => generateTree({ fraction: FRACTION, seed: 1, out: path.resolve('content/x') })).toThrow(/content/);
  });
});
