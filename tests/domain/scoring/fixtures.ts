import type { ScoringInputs } from '../../../src/domain/scoring/index.ts';

export const answers = (asked: number, yes: number) => ({ asked, yes });

/**
 * A social-services organization with round numbers, worked by hand in the tests:
 * Пинф 77,5 · Пдист 60 · Поткруд 85 → К1 75,25; Пкомф.усл 60 · Пожид 80 · Пкомфуд 90 → К2 77;
 * Поргдост 20 · Пуслугдост 100 (capped) · Пдостуд 75 → К3 68,5; 95 · 97 · 90 → К4 94,8;
 * 88 · 92 · 91 → К5 90,3; S = 405,85 / 5 = 81,17.
 */
export function socialInputs(): ScoringInputs {
  return {
    sphere: 'social',
    standPosted: 8,
    standRequired: 10,
    sitePosted: 15,
    siteRequired: 20,
    remoteChannels: 2,
    comfortConditions: 3,
    facilityAccessibilityConditions: 1,
    serviceAccessibilityConditions: 6,
    survey: {
      standInfoSatisfied: answers(40, 36),
      siteInfoSatisfied: answers(25, 20),
      servedOnTime: answers(100, 80),
      comfortSatisfied: answers(100, 90),
      disabilityAccessSatisfied: answers(8, 6),
      firstContactCourtesy: answers(100, 95),
      serviceCourtesy: answers(100, 97),
      remoteCourtesy: answers(30, 27),
      wouldRecommend: answers(100, 88),
      organisationalSatisfied: answers(100, 92),
      overallSatisfied: answers(100, 91),
    },
  };
}

/** The same organization as a culture one: no question 5, К2 without waiting time. */
export function cultureInputs(): ScoringInputs {
  const { servedOnTime: _notAsked, ...survey } = socialInputs().survey;
  return { ...socialInputs(), sphere: 'culture', survey };
}
