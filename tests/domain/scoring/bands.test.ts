import { describe, expect, it } from 'vitest';
import { bandFor, scoreBands } from '../../../src/domain/scoring/index.ts';

describe('score bands: the portal’s own convention', () => {
  it('is labelled as not set by the act', () => {
    expect(scoreBands.status).toBe('условное деление портала, не установлено приказом');
    expect(scoreBands.bands.map((b) => b.label)).toEqual([
      'отлично',
      'хорошо',
      'удовлетворительно',
      'ниже среднего',
      'неудовлетворительно',
    ]);
  });

  it.each([
    [100, 'отлично'],
    [96.1, 'отлично'],
    [80, 'отлично'], // lower bounds are inclusive
    [79.99, 'хорошо'],
    [60, 'хорошо'],
    [59.99, 'удовлетворительно'],
    [40, 'удовлетворительно'],
    [39.99, 'ниже среднего'],
    [20, 'ниже среднего'],
    [19.99, 'неудовлетворительно'],
    [0, 'неудовлетворительно'],
  ])('%s → %s', (score, label) => {
    expect(bandFor(score)?.label).toBe(label);
    expect(bandFor({ value: score })?.label).toBe(label);
  });

  it('gives no band to "no data"', () => {
    expect(bandFor({ noData: true, reason: 'нет ответов' })).toBeNull();
  });

  it('refuses scores off the 0–100 scale, e.g. an old 160-point total', () => {
    expect(() => bandFor(128.15)).toThrow(RangeError);
    expect(() => bandFor(-0.01)).toThrow(RangeError);
    expect(() => bandFor(Number.NaN)).toThrow(RangeError);
  });
});
