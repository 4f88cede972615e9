import { describe, expect, it } from 'vitest';
import { fromLatinLayout } from '../../../src/domain/search/layout.ts';

describe('Latin keyboard layout read as Russian', () => {
  it.each([
    ['fyrtnf', 'анкета'],
    ['Ytpfdbcbvfz jwtyrf', 'Независимая оценка'],
    ['j,otcndtyysq cjdtn', 'общественный совет'],
    ['gkfy 2019', 'план 2019'],
    ['`krf', 'ёлка'],
  ])('«%s» → «%s»', (typed, meant) => {
    expect(fromLatinLayout(typed)).toBe(meant);
  });

  it('has nothing to swap in a query without Latin letters', () => {
    expect(fromLatinLayout('анкета')).toBeNull();
    expect(fromLatinLayout('2019')).toBeNull();
  });
});
