import { describe, expect, it } from 'vitest';
import { explain } from '../../../src/domain/scoring/index.ts';
import { answers, cultureInputs, socialInputs } from './fixtures.ts';

const M = '344н-2018';
const textOf = (lines: ReturnType<typeof explain>, id: string) =>
  lines.find((l) => l.id === id)?.text;

describe('explain(): how each number was obtained', () => {
  const lines = explain(socialInputs(), M);

  it('lists indicators, then their criterion, and the total last', () => {
    expect(lines.map((l) => l.id)).toEqual([
      'Пинф',
      'Пдист',
      'Поткруд',
      'К1',
      'Пкомф.усл',
      'Пожид',
      'Пкомфуд',
      'К2',
      'Поргдост',
      'Пуслугдост',
      'Пдостуд',
      'К3',
      'Пперв.контуд',
      'Показ.услугуд',
      'Пвежл.дистуд',
      'К4',
      'Преком',
      'Порг.услуд',
      'Пуд',
      'К5',
      'S',
    ]);
  });

  it('substitutes the inputs into the formula, with decimal commas', () => {
    expect(textOf(lines, 'Пинф')).toBe(
      'Пинф = 0,5 × (Истенд / Инорм.стенд + Исайт / Инорм.сайт) × 100; 0,5 × (8 / 10 + 15 / 20) × 100 = 77,5',
    );
    expect(textOf(lines, 'Пдостуд')).toBe('Пдостуд = Удост / Чинв × 100; 6 / 8 × 100 = 75');
    expect(textOf(lines, 'К1')).toBe(
      'К1 = 0,3 × Пинф + 0,3 × Пдист + 0,4 × Поткруд; 0,3 × 77,5 + 0,3 × 60 + 0,4 × 85 = 75,25',
    );
    expect(textOf(lines, 'S')).toBe(
      'S = (К1 + К2 + К3 + К4 + К5) / 5; (75,25 + 77 + 68,5 + 94,8 + 90,3) / 5 = 81,17',
    );
  });

  it('shows the cap', () => {
    // 20 × 6 = 120 exceeds the maximum, so 100
    expect(textOf(lines, 'Пуслугдост')).toBe(
      'Пуслугдост = 20 баллов × Суслугдост, но не более 100; наименьшее из (20 × 6 = 120) и 100 = 100',
    );
  });

  it('writes the culture К2 formula without waiting time', () => {
    expect(textOf(explain(cultureInputs(), M), 'К2')).toBe(
      'К2 = (Пкомф.усл + Пкомфуд) / 2; (60 + 90) / 2 = 75',
    );
  });

  it('says why a number is missing instead of showing one', () => {
    const inputs = {
      ...socialInputs(),
      survey: { ...socialInputs().survey, siteInfoSatisfied: answers(0, 0) },
    };
    const missing = explain(inputs, M);
    expect(textOf(missing, 'Поткруд')).toMatch(
      /^Поткруд = .*; нет данных: знаменатель Чсайт равен нулю/,
    );
    expect(textOf(missing, 'К1')).toBe(
      'К1 = 0,3 × Пинф + 0,3 × Пдист + 0,4 × Поткруд; 0,3 × 77,5 + 0,3 × 60 + 0,4 × (нет данных) — нет данных: не рассчитывается без показателя Поткруд',
    );
    expect(missing.at(-1)?.score).toEqual({
      noData: true,
      reason: 'не рассчитывается без критерия К1',
    });
  });

  it('gives the same numbers as computeScores', () => {
    expect(lines.find((l) => l.id === 'К3')?.score).toEqual({ value: 68.5 });
  });
});
