import { describe, expect, it } from 'vitest';
import {
  anchorFromNumber,
  flattenMeasures,
  measureAnchor,
  sameNumber,
} from '../../../src/domain/plans/measures.ts';
import { measureSchema } from '../../../src/domain/schemas/index.ts';

const m = (input: object) => measureSchema.parse(input);

describe('measure anchors', () => {
  it('turns the number as written into a URL-safe anchor', () => {
    expect(anchorFromNumber('1.1.')).toBe('1-1');
    expect(anchorFromNumber('6.3')).toBe('6-3');
    expect(anchorFromNumber('II.')).toBe('ii');
    expect(measureAnchor(m({ number: '1.10.', text: 't' }))).toBe('measure-1-10');
  });

  it('uses the explicit anchor of an unnumbered item', () => {
    expect(measureAnchor(m({ number: null, anchor: '1-6-a', text: 't' }))).toBe('measure-1-6-a');
  });

  it('compares numbers ignoring a trailing dot', () => {
    expect(sameNumber('1.1', '1.1.')).toBe(true);
    expect(sameNumber('1.1', '1.10')).toBe(false);
  });
});

describe('flattenMeasures', () => {
  it('walks sub-items depth first with their file paths', () => {
    const plan = {
      measures: [
        m({
          number: '1.',
          text: 'a',
          items: [
            { number: '1.1.', text: 'b' },
            { number: null, anchor: '1-x', text: 'c' },
          ],
        }),
        m({ number: '2.', text: 'd' }),
      ],
    };
    const flat = flattenMeasures(plan);
    expect(flat.map((f) => [f.path, f.depth, f.anchor, f.parentAnchor])).toEqual([
      ['measures[0]', 0, 'measure-1', null],
      ['measures[0].items[0]', 1, 'measure-1-1', 'measure-1'],
      ['measures[0].items[1]', 1, 'measure-1-x', 'measure-1'],
      ['measures[1]', 0, 'measure-2', null],
    ]);
  });
});
