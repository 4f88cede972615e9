import { describe, expect, it } from 'vitest';
import {
  computeScores,
  type ScoreResult,
  type ScoringInputs,
} from '../../../src/domain/scoring/index.ts';
import { answers, cultureInputs, socialInputs } from './fixtures.ts';

const M = '344н-2018';
const indicator = (r: ScoreResult, id: string) =>
  r.criteria.flatMap((c) => c.indicators).find((i) => i.id === id)?.score;
const criterion = (r: ScoreResult, id: string) => r.criteria.find((c) => c.id === id)?.score;
const withInputs = (patch: Partial<ScoringInputs>) =>
  computeScores({ ...socialInputs(), ...patch }, M);
const withSurvey = (patch: Partial<ScoringInputs['survey']>) =>
  computeScores({ ...socialInputs(), survey: { ...socialInputs().survey, ...patch } }, M);

describe('344н-2018: every indicator, worked by hand', () => {
  const r = computeScores(socialInputs(), M);

  it('К1 openness', () => {
    // Пинф = 0,5 × (8/10 + 15/20) × 100 = 0,5 × 1,55 × 100 = 77,5
    expect(indicator(r, 'Пинф')).toEqual({ value: 77.5 });
    // Пдист = 30 × 2 channels = 60
    expect(indicator(r, 'Пдист')).toEqual({ value: 60 });
    // Поткруд = 0,5 × (36/40 + 20/25) × 100 = 0,5 × (0,9 + 0,8) × 100 = 85
    expect(indicator(r, 'Поткруд')).toEqual({ value: 85 });
    // К1 = 0,3 × 77,5 + 0,3 × 60 + 0,4 × 85 = 23,25 + 18 + 34 = 75,25
    expect(criterion(r, 'К1')).toEqual({ value: 75.25 });
  });

  it('К2 comfort with waiting time (social services)', () => {
    // Пкомф.усл = 20 × 3 = 60; Пожид = 80/100 × 100 = 80; Пкомфуд = 90/100 × 100 = 90
    expect(indicator(r, 'Пкомф.усл')).toEqual({ value: 60 });
    expect(indicator(r, 'Пожид')).toEqual({ value: 80 });
    expect(indicator(r, 'Пкомфуд')).toEqual({ value: 90 });
    // К2 = 0,3 × 60 + 0,4 × 80 + 0,3 × 90 = 18 + 32 + 27 = 77
    expect(criterion(r, 'К2')).toEqual({ value: 77 });
  });

  it('К3 accessibility', () => {
    // Поргдост = 20 × 1 = 20; Пуслугдост = 20 × 6 = 120 → capped at 100; Пдостуд = 6/8 × 100 = 75
    expect(indicator(r, 'Поргдост')).toEqual({ value: 20 });
    expect(indicator(r, 'Пуслугдост')).toEqual({ value: 100 });
    expect(indicator(r, 'Пдостуд')).toEqual({ value: 75 });
    // К3 = 0,3 × 20 + 0,4 × 100 + 0,3 × 75 = 6 + 40 + 22,5 = 68,5
    expect(criterion(r, 'К3')).toEqual({ value: 68.5 });
  });

  it('К4 courtesy', () => {
    // 95/100 → 95; 97/100 → 97; remote among the 30 who used remote channels: 27/30 → 90
    expect(indicator(r, 'Пперв.контуд')).toEqual({ value: 95 });
    expect(indicator(r, 'Показ.услугуд')).toEqual({ value: 97 });
    expect(indicator(r, 'Пвежл.дистуд')).toEqual({ value: 90 });
    // К4 = 0,4 × 95 + 0,4 × 97 + 0,2 × 90 = 38 + 38,8 + 18 = 94,8
    expect(criterion(r, 'К4')).toEqual({ value: 94.8 });
  });

  it('К5 satisfaction', () => {
    // 88/100 → 88; 92/100 → 92; 91/100 → 91
    expect(indicator(r, 'Преком')).toEqual({ value: 88 });
    expect(indicator(r, 'Порг.услуд')).toEqual({ value: 92 });
    expect(indicator(r, 'Пуд')).toEqual({ value: 91 });
    // К5 = 0,3 × 88 + 0,2 × 92 + 0,5 × 91 = 26,4 + 18,4 + 45,5 = 90,3
    expect(criterion(r, 'К5')).toEqual({ value: 90.3 });
  });

  it('total is the mean of the five criteria and carries the method id', () => {
    // S = (75,25 + 77 + 68,5 + 94,8 + 90,3) / 5 = 405,85 / 5 = 81,17
    expect(r.total).toEqual({ value: 81.17 });
    expect(r).toMatchObject({ method: M, sphere: 'social', variants: [] });
  });
});

describe('culture and education: К2 without waiting time', () => {
  it('uses 0,5 × Пкомф.усл + 0,5 × Пкомфуд and has no Пожид at all', () => {
    const r = computeScores(cultureInputs(), M);
    const k2 = r.criteria.find((c) => c.id === 'К2')!;
    expect(k2.indicators.map((i) => [i.id, i.weight])).toEqual([
      ['Пкомф.усл', 0.5],
      ['Пкомфуд', 0.5],
    ]);
    // К2 = 0,5 × 60 + 0,5 × 90 = 75
    expect(k2.score).toEqual({ value: 75 });
    // S = (75,25 + 75 + 68,5 + 94,8 + 90,3) / 5 = 403,85 / 5 = 80,77
    expect(r.total).toEqual({ value: 80.77 });
    expect(r.variants).toEqual([expect.stringContaining('время ожидания не оценивается')]);
  });

  it('applies to education too', () => {
    const r = computeScores({ ...cultureInputs(), sphere: 'education' }, M);
    expect(criterion(r, 'К2')).toEqual({ value: 75 });
  });

  it('rejects answers to question 5 where waiting time is not assessed', () => {
    expect(() => computeScores({ ...socialInputs(), sphere: 'culture' }, M)).toThrow(
      /servedOnTime.*Пожид/,
    );
  });
});

describe('caps: 30 points per channel and 20 per condition, at most 100', () => {
  it.each([
    [0, 0], // no channel works: a real 0, not "no data"
    [3, 90], // 30 × 3 = 90, under the cap
    [4, 100], // 30 × 4 = 120 → 100
    [9, 100],
  ])('Пдист with %i channels = %i', (remoteChannels, expected) => {
    expect(indicator(withInputs({ remoteChannels }), 'Пдист')).toEqual({ value: expected });
  });

  it.each([
    [4, 80], // 20 × 4 = 80
    [5, 100], // 20 × 5 = 100, exactly the cap
    [7, 100], // 20 × 7 = 140 → 100
  ])('conditions: %i present = %i points', (n, expected) => {
    const r = withInputs({
      comfortConditions: n,
      facilityAccessibilityConditions: n,
      serviceAccessibilityConditions: n,
    });
    expect([
      indicator(r, 'Пкомф.усл'),
      indicator(r, 'Поргдост'),
      indicator(r, 'Пуслугдост'),
    ]).toEqual(Array(3).fill({ value: expected }));
  });
});

describe('a zero denominator is "no data", never 0 or 100', () => {
  it('nobody used the site: Поткруд, К1 and the total have no data; other criteria still do', () => {
    const r = withSurvey({ siteInfoSatisfied: answers(0, 0) });
    expect(indicator(r, 'Поткруд')).toEqual({
      noData: true,
      reason: expect.stringContaining('Чсайт'),
    });
    expect(criterion(r, 'К1')).toEqual({
      noData: true,
      reason: 'не рассчитывается без показателя Поткруд',
    });
    expect(r.total).toEqual({ noData: true, reason: 'не рассчитывается без критерия К1' });
    // the parts that have values stay visible: Пинф 77,5, Пдист 60, К2 77 as before
    expect(indicator(r, 'Пинф')).toEqual({ value: 77.5 });
    expect(criterion(r, 'К2')).toEqual({ value: 77 });
  });

  it('no respondent with a disability: Пдостуд and К3 have no data', () => {
    const r = withSurvey({ disabilityAccessSatisfied: answers(0, 0) });
    expect(indicator(r, 'Пдостуд')).toEqual({
      noData: true,
      reason: expect.stringContaining('Чинв'),
    });
    expect(criterion(r, 'К3')).toEqual({
      noData: true,
      reason: 'не рассчитывается без показателя Пдостуд',
    });
  });

  it('nobody used remote channels: Пвежл.дистуд and К4 have no data', () => {
    const r = withSurvey({ remoteCourtesy: answers(0, 0) });
    expect(indicator(r, 'Пвежл.дистуд')).toEqual({
      noData: true,
      reason: expect.stringContaining('Чдист'),
    });
    expect(criterion(r, 'К4')).toMatchObject({ noData: true });
  });

  it('no required stand materials: Пинф has no data rather than a division by zero', () => {
    const r = withInputs({ standPosted: 0, standRequired: 0 });
    expect(indicator(r, 'Пинф')).toEqual({
      noData: true,
      reason: expect.stringContaining('Инорм.стенд'),
    });
  });

  it('two criteria without data are both named in the total', () => {
    const r = withSurvey({
      siteInfoSatisfied: answers(0, 0),
      disabilityAccessSatisfied: answers(0, 0),
    });
    expect(r.total).toEqual({ noData: true, reason: 'не рассчитывается без критериев К1, К3' });
  });

  it('question 5 not supplied in social services: Пожид and К2 have no data', () => {
    const { servedOnTime: _missing, ...survey } = socialInputs().survey;
    const r = computeScores({ ...socialInputs(), survey }, M);
    expect(indicator(r, 'Пожид')).toEqual({
      noData: true,
      reason: expect.stringContaining('вопрос 5'),
    });
    expect(criterion(r, 'К2')).toMatchObject({ noData: true });
  });

  it('nobody satisfied is a real 0, not "no data"', () => {
    expect(indicator(withSurvey({ overallSatisfied: answers(100, 0) }), 'Пуд')).toEqual({
      value: 0,
    });
  });
});

describe('the published example 100; 100; 80,5; 100; 100 → 96,1', () => {
  it('is reproduced from inputs', () => {
    const all = (n: number) => answers(n, n);
    const r = computeScores(
      {
        sphere: 'social',
        standPosted: 10,
        standRequired: 10,
        sitePosted: 20,
        siteRequired: 20, // Пинф 100
        remoteChannels: 4, // 120 → 100
        comfortConditions: 5, // 100
        facilityAccessibilityConditions: 3, // 20 × 3 = 60
        serviceAccessibilityConditions: 5, // 100
        survey: {
          standInfoSatisfied: all(30),
          siteInfoSatisfied: all(20),
          servedOnTime: all(50),
          comfortSatisfied: all(50),
          disabilityAccessSatisfied: answers(4, 3), // 3/4 → 75
          firstContactCourtesy: all(50),
          serviceCourtesy: all(50),
          remoteCourtesy: all(10),
          wouldRecommend: all(50),
          organisationalSatisfied: all(50),
          overallSatisfied: all(50),
        },
      },
      M,
    );
    // К3 = 0,3 × 60 + 0,4 × 100 + 0,3 × 75 = 18 + 40 + 22,5 = 80,5
    expect(r.criteria.map((c) => c.score)).toEqual(
      [100, 100, 80.5, 100, 100].map((value) => ({ value })),
    );
    // S = (100 + 100 + 80,5 + 100 + 100) / 5 = 480,5 / 5 = 96,1
    expect(r.total).toEqual({ value: 96.1 });
  });
});

describe('precision', () => {
  it('rounds to 2 decimals only at the end: a criterion is built from unrounded indicators', () => {
    // culture К2: Пкомфуд = 1/800 × 100 = 0,125 (shown 0,13);
    // К2 = 0,5 × 60 + 0,5 × 0,125 = 30,0625 → 30,06 (rounding Пкомфуд first would give 30,07)
    const r = computeScores(
      {
        ...cultureInputs(),
        survey: { ...cultureInputs().survey, comfortSatisfied: answers(800, 1) },
      },
      M,
    );
    expect(indicator(r, 'Пкомфуд')).toEqual({ value: 0.13 });
    expect(criterion(r, 'К2')).toEqual({ value: 30.06 });
  });

  it('rounds a repeating share: 2/3 × 100 = 66,67', () => {
    expect(indicator(withSurvey({ disabilityAccessSatisfied: answers(3, 2) }), 'Пдостуд')).toEqual({
      value: 66.67,
    });
  });
});

describe('inputs are validated, errors name the field', () => {
  it('rejects more «Да» than respondents', () => {
    expect(() => withSurvey({ comfortSatisfied: answers(10, 11) })).toThrow(
      /survey[\s\S]*comfortSatisfied[\s\S]*yes/,
    );
  });

  it('rejects more materials posted than required', () => {
    expect(() => withInputs({ sitePosted: 21 })).toThrow(/sitePosted/);
  });

  it('rejects unknown keys and negative counts', () => {
    expect(() => computeScores({ ...socialInputs(), waitingMinutes: 5 }, M)).toThrow(
      /waitingMinutes/,
    );
    expect(() => withInputs({ remoteChannels: -1 })).toThrow(/remoteChannels/);
  });

  it('refuses methods it cannot compute', () => {
    expect(() => computeScores(socialInputs(), 'pre-2018-culture-160')).toThrow(
      /только опубликованные баллы/,
    );
    expect(() => computeScores(socialInputs(), '344н-2024')).toThrow(/Неизвестная методика/);
  });
});
