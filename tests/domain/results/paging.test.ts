import { describe, expect, it } from 'vitest';
import {
  resultsPagePath,
  resultsPages,
  type ResultGroup,
  type ResultView,
} from '../../../src/domain/results/index.ts';

const result = (id: string, total: number | null) =>
  ({
    organizationId: id,
    total: total === null ? { reason: 'нет данных' } : { value: total },
  }) as unknown as ResultView;
const group = (results: ResultView[]) =>
  ({ id: '344n-2018-2021', results, counted: results }) as unknown as ResultGroup;

describe('resultsPages', () => {
  it('cuts a group into pages, highest total first, results without a total last', () => {
    const pages = resultsPages(
      group([
        result('a', 50),
        result('b', null),
        result('c', 90),
        result('d', 70),
        result('e', 10),
      ]),
      2,
    );
    expect(pages.map((p) => p.rows.map((r) => r.organizationId))).toEqual([
      ['c', 'd'],
      ['a', 'e'],
      ['b'],
    ]);
    expect(pages.map((p) => [p.page, p.pages, p.first])).toEqual([
      [1, 3, 0],
      [2, 3, 2],
      [3, 3, 4],
    ]);
  });

  it('keeps a small group on one page, and an empty one as one empty page', () => {
    expect(resultsPages(group([result('a', 1)]), 2)).toHaveLength(1);
    expect(resultsPages(group([]), 2)).toEqual([
      expect.objectContaining({ page: 1, pages: 1, rows: [] }),
    ]);
  });

  it('puts page 1 on the territory page, the others at their own address', () => {
    expect(resultsPagePath('abinskiy-rayon', '344n-2018-2021', 1)).toBe(
      '/rezultaty/abinskiy-rayon/#344n-2018-2021',
    );
    expect(resultsPagePath('abinskiy-rayon', '344n-2018-2021', 3)).toBe(
      '/rezultaty/abinskiy-rayon/344n-2018-2021/3/',
    );
  });
});
