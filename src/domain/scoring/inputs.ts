import { z } from 'zod';
import { sphereSchema } from '../schemas/common.ts';

const count = z.number().int().min(0);

/** One survey question after skip logic: who was asked it, and how many answered «Да». */
const answerCountSchema = z
  .strictObject({
    asked: count.describe(
      'Respondents to whom the question applied after skip logic (the denominator)',
    ),
    yes: count.describe('Respondents who answered «Да» (the numerator)'),
  })
  .refine((a) => a.yes <= a.asked, {
    message: 'ответов «Да» больше, чем опрошенных',
    path: ['yes'],
  })
  .describe('Answers to one Yes/No question');
export type AnswerCount = z.infer<typeof answerCountSchema>;

/** Question numbers follow the full questionnaire of приказ № 675н (with Q5): docs/domain.md §9. */
export const surveySchema = z
  .strictObject({
    standInfoSatisfied: answerCountSchema.describe(
      'Q2, asked of those who answered Да to Q1 (used the stands)',
    ),
    siteInfoSatisfied: answerCountSchema.describe(
      'Q4, asked of those who answered Да to Q3 (used the site)',
    ),
    servedOnTime: answerCountSchema
      .optional()
      .describe(
        'Q5, served on time; only where waiting time is assessed (social services, healthcare)',
      ),
    comfortSatisfied: answerCountSchema.describe(
      'Q6, satisfied with the comfort of the conditions',
    ),
    disabilityAccessSatisfied: answerCountSchema.describe(
      'Q8, asked of those who answered Да to Q7 (have a disability group)',
    ),
    firstContactCourtesy: answerCountSchema.describe('Q9, courtesy of staff at first contact'),
    serviceCourtesy: answerCountSchema.describe('Q10, courtesy of staff providing the service'),
    remoteCourtesy: answerCountSchema.describe(
      'Q12, asked of those who answered Да to Q11 (used remote channels)',
    ),
    wouldRecommend: answerCountSchema.describe('Q13, ready to recommend the organization'),
    organisationalSatisfied: answerCountSchema.describe(
      'Q14, satisfied with organisational conditions (schedule…)',
    ),
    overallSatisfied: answerCountSchema.describe('Q15, satisfied with the conditions overall'),
  })
  .describe('Survey answer counts per question');
export type SurveyCounts = z.infer<typeof surveySchema>;
export type SurveyQuestion = keyof SurveyCounts;

/** What an operator collects for one organization: document checks, site visit counts, survey. */
export const scoringInputsSchema = z
  .strictObject({
    sphere: sphereSchema,
    standPosted: count.describe('Истенд: required materials actually posted on the stands'),
    standRequired: count.describe(
      'Инорм.стенд: materials required on the stands by the regulations',
    ),
    sitePosted: count.describe('Исайт: required materials actually posted on the official site'),
    siteRequired: count.describe(
      'Инорм.сайт: materials required on the official site by the regulations',
    ),
    remoteChannels: count.describe('Сдист: working remote channels (phone, e-mail, web form, …)'),
    comfortConditions: count.describe(
      'Скомф: comfort conditions present (waiting area, navigation, water, …)',
    ),
    facilityAccessibilityConditions: count.describe(
      'Соргдост: accessibility conditions of the premises and grounds (ramps, handrails, lifts, …)',
    ),
    serviceAccessibilityConditions: count.describe(
      'Суслугдост: conditions letting people with disabilities receive services (sign language, Braille, …)',
    ),
    survey: surveySchema,
  })
  .refine((i) => i.standPosted <= i.standRequired, {
    message: 'размещено на стендах больше материалов, чем требуется (Истенд > Инорм.стенд)',
    path: ['standPosted'],
  })
  .refine((i) => i.sitePosted <= i.siteRequired, {
    message: 'размещено на сайте больше материалов, чем требуется (Исайт > Инорм.сайт)',
    path: ['sitePosted'],
  })
  .describe('Inputs of the 344н-2018 scoring for one organization');
export type ScoringInputs = z.infer<typeof scoringInputsSchema>;

const plainQuantities = [
  'standPosted',
  'standRequired',
  'sitePosted',
  'siteRequired',
  'remoteChannels',
  'comfortConditions',
  'facilityAccessibilityConditions',
  'serviceAccessibilityConditions',
] as const;
const surveyQuestions = Object.keys(surveySchema.shape) as SurveyQuestion[];

/** Every number a method's formula may refer to, e.g. `standPosted` or `comfortSatisfied.yes`. */
export const quantityIds = [
  ...plainQuantities,
  ...surveyQuestions.flatMap((q) => [`${q}.yes`, `${q}.asked`] as const),
] as [string, ...string[]];

/** Flattens inputs to named numbers; a question not asked (Q5 in culture) is simply absent. */
export function quantitiesOf(inputs: ScoringInputs): Map<string, number> {
  const out = new Map<string, number>(plainQuantities.map((k) => [k, inputs[k]]));
  for (const q of surveyQuestions) {
    const a = inputs.survey[q];
    if (a) out.set(`${q}.yes`, a.yes).set(`${q}.asked`, a.asked);
  }
  return out;
}
