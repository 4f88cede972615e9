import { describe, expect, it } from 'vitest';
import { preactIsland } from '../../src/components/island.ts';

describe('preactIsland', () => {
  it('tags the component with the renderer Astro should use, without changing it', () => {
    const Component = (props: { n: number }) => props.n;
    const tagged = preactIsland(Component);
    expect(tagged).toBe(Component);
    expect((tagged as unknown as Record<symbol, unknown>)[Symbol.for('astro:renderer')]).toBe('@astrojs/preact');
    expect(Object.keys(tagged)).toEqual([]);
  });
});
