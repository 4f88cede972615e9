import { describe, expect, it } from 'vitest';
import { methodBySlug, methodSlug, methods } from '../../../src/domain/scoring/index.ts';

describe('method slugs', () => {
  it('are ASCII, distinct, and lead back to their method', () => {
    const all = Object.values(methods);
    const slugs = all.map((m) => methodSlug(m.id));
    expect(new Set(slugs).size).toBe(all.length);
    for (const [i, slug] of slugs.entries()) {
      expect(slug).toMatch(/^[a-z0-9-]+$/);
      expect(methodBySlug(slug)).toBe(all[i]);
    }
    expect(methodSlug('344н-2018')).toBe('344n-2018');
    expect(methodBySlug('nope')).toBeUndefined();
  });
});
