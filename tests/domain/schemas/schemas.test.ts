// Per-file rules of the content schemas: what a single YAML file can get wrong.
import { describe, expect, it } from 'vitest';
import {
  organizationSchema,
  planSchema,
  sourceRefSchema,
  territorySchema,
} from '../../../src/domain/schemas/index.ts';
import { contentGraph, fixtureRoot } from '../../helpers/contentGraph.ts';

const issues = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

const plan = () =>
  structuredClone(contentGraph(fixtureRoot('minimal')).plans[0]!.data) as unknown as Record<
    string,
    unknown
  >;

describe('content schemas', () => {
  it('refuse a value outside an enumeration, naming the field', () => {
    expect(
      issues(territorySchema.safeParse({ name: 'Область', level: 'regionall', parent: 'rf' }))[0],
    ).toMatch(/^level: /);
  });

  it('refuse an unknown key (every schema is strict)', () => {
    expect(issues(planSchema.safeParse({ ...plan(), colour: 'red' }))).toEqual([
      expect.stringContaining('colour'),
    ]);
  });

  it('refuse a period that ends before it starts', () => {
    expect(issues(planSchema.safeParse({ ...plan(), period: { from: 2018, to: 2017 } }))).toEqual([
      'period.to: конец периода раньше начала',
    ]);
  });

  it.each(['javascript:alert(1)', 'data:text/html,<b>x</b>', 'ftp://example.ru/plan.doc', 'мусор'])(
    'take web addresses only: refuse «%s»',
    (url) => {
      expect(
        issues(
          organizationSchema.safeParse({
            name: 'Музей',
            sphere: 'culture',
            territory: 'oblast',
            website: url,
          }),
        ),
      ).toEqual(['website: адрес должен быть веб-адресом, начинающимся с http:// или https://']);
      expect(issues(sourceRefSchema.safeParse({ title: 'Источник', url }))).toHaveLength(1);
    },
  );

  it('take http(s) addresses, Cyrillic domains included', () => {
    for (const url of [
      'https://bus.gov.ru/info-card/1',
      'http://школа12.рф/',
      'HTTPS://minsoc.example.ru',
    ]) {
      expect(
        organizationSchema.safeParse({
          name: 'Музей',
          sphere: 'culture',
          territory: 'oblast',
          website: url,
        }).success,
        url,
      ).toBe(true);
    }
  });
});
