import { describe, expect, it } from 'vitest';
import { readSource, withRemark } from '../../../src/domain/csv/source.ts';

describe('readSource', () => {
  it.each([
    ['same', { kind: 'same' }],
    ['Same', { kind: 'same' }],
    ['same (decimal point)', { kind: 'same', remark: 'decimal point' }],
    ['https://example.org (page 3)', { kind: 'own', source: 'https://example.org (page 3)' }],
    ['sameness.example.org', { kind: 'own', source: 'sameness.example.org' }],
    [undefined, { kind: 'none' }],
  ])('reads %j', (cell, reading) => {
    expect(readSource(cell)).toEqual(reading);
  });
});

describe('withRemark', () => {
  it('appends a remark to existing notes', () => {
    expect(withRemark('опубликовано без года', 'decimal point')).toBe(
      'опубликовано без года; decimal point',
    );
  });

  it('keeps notes as they are without a remark', () => {
    expect(withRemark(undefined, undefined)).toBeUndefined();
    expect(withRemark('заметка', undefined)).toBe('заметка');
  });
});
