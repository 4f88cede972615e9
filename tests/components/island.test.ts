import { describe, expect, it } from 'vitest';
import { reactIsland } from '../../src/components/island.ts';

describe('reactIsland', () => {
  it('tags the component with the renderer Astro should use, without changing it', () => {
    const Component = (props: { n: number }) => props.n;
    const tagged = reactIsland(Component);
    expect(tagged).toBe(Component);
    expect((tagged as unknown as Record<symbol, unknown>)[Symbol.for('astro:renderer')]).toBe(
      '@astrojs/react',
    );
    expect(Object.keys(tagged)).toEqual([]);
  });
});
