import { describe, expect, it } from 'vitest';
import { compareWithPublished, computeScores } from '../../../src/domain/scoring/index.ts';
import { answers, socialInputs } from './fixtures.ts';

const M = '344н-2018';
// Computed: К1 75,25 · К2 77 · К3 68,5 · К4 94,8 · К5 90,3 · S 81,17 (see compute.test.ts)
const computed = computeScores(socialInputs(), M);

describe('compareWithPublished', () => {
  it('agrees when every number matches within the tolerance', () => {
    const published = {
      method: M,
      criteria: { К1: 75.25, К2: 77, К3: 68.5, К4: 94.8, К5: 90.3 },
      total: 81.17,
    };
    const c = compareWithPublished(computed, published, 0.01);
    expect(c).toMatchObject({ status: 'agrees', notCompared: [] });
    expect(c.status !== 'notComparable' && c.compared).toHaveLength(6);
  });

  it('agrees only on what was published, and lists the criterion a table omitted', () => {
    // like a published table that leaves out «Доброжелательность, вежливость»
    const c = compareWithPublished(
      computed,
      { method: M, criteria: { К1: 75.3, К2: 77, К3: 68.5, К5: 90.3 }, total: 81.2 },
      0.05,
    );
    expect(c).toMatchObject({ status: 'agrees', notCompared: ['К4'] });
  });

  it('differs, with the difference (computed − published) per number', () => {
    // К3: 68,5 − 68,4 = 0,1 > 0,05; S: 81,17 − 81,17 = 0
    const c = compareWithPublished(
      computed,
      { method: M, criteria: { К3: 68.4 }, total: 81.17 },
      0.05,
    );
    expect(c).toEqual({
      status: 'differs',
      compared: [
        { id: 'К3', computed: 68.5, published: 68.4, difference: 0.1, withinTolerance: false },
        { id: 'S', computed: 81.17, published: 81.17, difference: 0, withinTolerance: true },
      ],
      notCompared: ['К1', 'К2', 'К4', 'К5'],
    });
  });

  it('is not comparable across methods', () => {
    const c = compareWithPublished(
      computed,
      { method: 'pre-2018-culture-160', criteria: {}, total: 128.15 },
      0.01,
    );
    expect(c).toEqual({
      status: 'notComparable',
      reason: expect.stringContaining('разные методики'),
    });
  });

  it('is not comparable when no number is known on both sides', () => {
    const noSite = computeScores(
      { ...socialInputs(), survey: { ...socialInputs().survey, siteInfoSatisfied: answers(0, 0) } },
      M,
    );
    // computed К1 and S have no data; the publication gives only those two
    const c = compareWithPublished(noSite, { method: M, criteria: { К1: 90 }, total: 85 }, 0.01);
    expect(c.status).toBe('notComparable');
  });

  it('rejects a negative tolerance', () => {
    expect(() => compareWithPublished(computed, { method: M, criteria: {} }, -1)).toThrow(
      RangeError,
    );
  });
});
