import { describe, expect, it } from 'vitest';
import { round2 } from '../../../src/domain/scoring/index.ts';

describe('round2: half-up to 2 decimals, immune to binary noise', () => {
  it.each([
    [80.125, 80.13], // 80.125 × 100 is 8012.499999… in binary
    [1.005, 1.01],
    [88.435, 88.44],
    [200 / 3, 66.67],
    [96.1, 96.1],
    [0, 0],
  ])('%s → %s', (x, expected) => {
    expect(round2(x)).toBe(expected);
  });
});
