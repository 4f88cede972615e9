import { describe, expect, it } from 'vitest';
import { readState, writeState } from '../../../src/domain/search/urlState.ts';

describe('search state in the address', () => {
  it('round-trips the query and every filter', () => {
    const state = {
      query: 'заседания общественного совета',
      filters: {
        level: 'municipal',
        region: 'respublika-altay',
        municipality: 'choyskiy-rayon',
        year: 2017,
        sphere: 'culture',
        kind: 'meeting',
      },
    } as const;
    const search = writeState(state);
    expect(search).toContain('q=%D0%B7%D0%B0%D1%81');
    expect(search).toContain('vid=meeting');
    expect(readState(search)).toEqual(state);
  });

  it('leaves empty values out', () => {
    expect(writeState({ query: '  ', filters: {} })).toBe('');
    expect(writeState({ query: 'анкеты', filters: { kind: undefined } })).toBe(
      '?q=%D0%B0%D0%BD%D0%BA%D0%B5%D1%82%D1%8B',
    );
  });

  it('ignores values it does not know instead of guessing', () => {
    const { filters } = readState(
      '?q=x&uroven=planet&god=20x8&sfera=sport&vid=blog&region=Bad%20Id&mo=choyskiy-rayon',
    );
    expect(filters).toEqual({
      level: undefined,
      region: undefined,
      municipality: undefined,
      year: undefined,
      sphere: undefined,
      kind: undefined,
    });
  });
});

describe('enumerations kept out of zod for the browser', () => {
  it('match the schemas', async () => {
    const { sphereOrder, levelOrder } = await import('../../../src/domain/search/vocabulary.ts');
    const { spheres, territoryLevels } = await import('../../../src/domain/schemas/index.ts');
    expect(sphereOrder).toEqual(spheres);
    expect(levelOrder).toEqual(territoryLevels);
  });
});
