import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { newAnswerId, uuidFromBytes } from '../../../src/domain/survey-client/uuid.ts';

describe('answer ids', () => {
  it('makes a version 4 UUID the receiver schema accepts from random bytes', () => {
    const id = uuidFromBytes(new Uint8Array(16).fill(0xff));
    expect(id).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(z.uuid().safeParse(id).success).toBe(true);
    expect(z.uuid().safeParse(uuidFromBytes(new Uint8Array(16))).success).toBe(true);
  });

  it('refuses a wrong number of bytes', () => {
    expect(() => uuidFromBytes(new Uint8Array(15))).toThrow(/16 bytes, got 15/);
  });

  it('falls back to getRandomValues where randomUUID is missing (plain HTTP)', () => {
    const id = newAnswerId({ getRandomValues: <T extends ArrayBufferView | null>(a: T) => a });
    expect(id).toBe('00000000-0000-4000-8000-000000000000');
    expect(newAnswerId({ getRandomValues: (a) => a, randomUUID: () => 'from-randomUUID' })).toBe(
      'from-randomUUID',
    );
  });
});
