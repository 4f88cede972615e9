// Operator inputs for one assessment (documents checked, site visited, survey counted), drawn
// around an organization's hidden "quality" so scores spread the way published ones do (mostly 75–98).
import type { Sphere } from '../../src/domain/schemas/index.ts';
import type { ScoringInputs, SurveyCounts } from '../../src/domain/scoring/index.ts';
import type { Random } from './random.ts';

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** Yes/No answers of `asked` respondents who say «Да» with probability around `p`. */
function answers(random: Random, asked: number, p: number) {
  const share = clamp(p + (random.next() - 0.5) * 0.1, 0, 1);
  return { asked, yes: Math.round(asked * share) };
}

const waitingAssessed = (sphere: Sphere) => sphere === 'social' || sphere === 'health';

export function syntheticInputs(sphere: Sphere, quality: number, random: Random): ScoringInputs {
  const respondents = random.int(40, 400);
  const part = (share: number) => Math.max(1, Math.round(respondents * share * (0.8 + random.next() * 0.4)));
  const q = (bonus = 0) => clamp(quality + bonus, 0, 1);
  const survey: SurveyCounts = {
    standInfoSatisfied: answers(random, part(0.7), q(0.05)),
    siteInfoSatisfied: answers(random, part(0.4), q()),
    ...(waitingAssessed(sphere) && { servedOnTime: answers(random, respondents, q()) }),
    comfortSatisfied: answers(random, respondents, q()),
    disabilityAccessSatisfied: answers(random, part(0.08), q(-0.1)),
    firstContactCourtesy: answers(random, respondents, q(0.08)),
    serviceCourtesy: answers(random, respondents, q(0.08)),
    remoteCourtesy: answers(random, part(0.3), q(0.05)),
    wouldRecommend: answers(random, respondents, q()),
    organisationalSatisfied: answers(random, respondents, q(0.03)),
    overallSatisfied: answers(random, respondents, q(0.02)),
  };
  const standRequired = random.int(8, 14);
  const siteRequired = random.int(16, 30);
  const some = (max: number) => clamp(Math.round(max * quality + random.int(-2, 1)), 0, max);
  return {
    sphere,
    standPosted: some(standRequired),
    standRequired,
    sitePosted: some(siteRequired),
    siteRequired,
    remoteChannels: some(4),
    comfortConditions: some(5),
    facilityAccessibilityConditions: some(5),
    serviceAccessibilityConditions: some(6),
    survey,
  };
}
