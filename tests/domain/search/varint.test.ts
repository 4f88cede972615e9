import { describe, expect, it } from 'vitest';
import { decodeVarints, encodeVarints } from '../../../src/domain/search/varint.ts';

describe('postings encoding', () => {
  it('round-trips small and large integers', () => {
    const values = [0, 1, 31, 32, 1023, 1024, 150_000, 2 ** 31 - 1];
    expect(decodeVarints(encodeVarints(values))).toEqual(values);
  });

  it('spends one character on numbers below 32', () => {
    expect(encodeVarints([0, 5, 31])).toHaveLength(3);
  });

  it('rejects what it cannot encode or decode', () => {
    expect(() => encodeVarints([-1])).toThrow(/non-negative/);
    expect(() => decodeVarints('A!')).toThrow(/«!» at 1/);
  });
});
