import { describe, expect, it } from 'vitest';
import { meanScore } from '../../../src/domain/scoring/index.ts';

const M = '344н-2018';
const org = (value: number) => ({ method: M, total: { value } });
const missing = {
  method: M,
  total: { noData: true as const, reason: 'не рассчитывается без критерия К3' },
};

describe('meanScore: a territory or sphere', () => {
  it('averages the totals and skips (and counts) those without data', () => {
    // (96,1 + 80,77) / 2 = 176,87 / 2 = 88,435 → 88,44
    expect(meanScore([org(96.1), missing, org(80.77)])).toEqual({
      mean: { value: 88.44 },
      counted: 2,
      skipped: 1,
    });
  });

  it('has no data when nothing can be averaged', () => {
    expect(meanScore([])).toEqual({
      mean: { noData: true, reason: 'нет ни одной организации' },
      counted: 0,
      skipped: 0,
    });
    expect(meanScore([missing, missing])).toEqual({
      mean: { noData: true, reason: 'ни у одной из 2 организаций нет итогового балла' },
      counted: 0,
      skipped: 2,
    });
  });

  it('refuses to mix a 160-point and a 100-point method', () => {
    expect(() =>
      meanScore([org(90), { method: 'pre-2018-culture-160', total: { value: 128.15 } }]),
    ).toThrow(/разных методик/);
  });
});
