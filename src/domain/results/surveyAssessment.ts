// Turns an organization's survey counts (the receiver's tally) and the operator's document and
// site checks into an assessment file of content/assessments/, so that nobody retypes 22 counts
// and 8 figures. Every problem is named in one pass; nothing is produced unless all is right.
import { z } from 'zod';
import { russianIssue } from '../csv/issues.ts';
import { questionnaire675n, type QuestionId } from '../questionnaire/questionnaire675n.ts';
import type { SurveyTally } from '../questionnaire/aggregate.ts';
import {
  scoringSurveyKeys,
  scoringSurveyQuestions,
  toScoringSurvey,
} from '../questionnaire/scoringSurvey.ts';
import type { Sphere } from '../schemas/common.ts';
import { sphereNames as sphereName } from '../vocabulary.ts';
import { assessmentSchema, type Assessment } from './assessment.ts';

const METHOD = '344н-2018';
const notCount = (issue: { input?: unknown }) =>
  issue.input === undefined
    ? 'обязательное значение не заполнено'
    : 'ожидается целое неотрицательное число';
const count = (what: string) =>
  z
    .number({ error: notCount })
    .int('ожидается целое число')
    .min(0, 'не может быть отрицательным')
    .describe(what);

/** The operator's document and site checks: the inputs of the method that are not survey answers. */
export const documentChecksSchema = z.strictObject({
  operator: z
    .string()
    .trim()
    .min(1)
    .optional()
    .describe('Operator that made the checks, as named in its report'),
  source: z
    .string()
    .trim()
    .min(1, 'пустое значение')
    .describe('The operator report the figures come from: its title or a URL'),
  standPosted: count('Истенд: required materials posted on the stands'),
  standRequired: count('Инорм.стенд: materials required on the stands'),
  sitePosted: count('Исайт: required materials posted on the official site'),
  siteRequired: count('Инорм.сайт: materials required on the site'),
  remoteChannels: count('Сдист: working remote channels'),
  comfortConditions: count('Скомф: comfort conditions present'),
  facilityAccessibilityConditions: count('Соргдост: accessibility conditions of the premises'),
  serviceAccessibilityConditions: count(
    'Суслугдост: conditions letting people with disabilities receive services',
  ),
});
export type DocumentChecks = z.infer<typeof documentChecksSchema>;

export interface SurveyAssessmentInput {
  organization: { id: string; sphere: Sphere };
  year: number;
  /** Every tally of the organization and year in the answers database (one per sphere answered). */
  tallies: readonly SurveyTally[];
  /** The document-check file as parsed, not yet validated, and its name for messages. */
  documents: unknown;
  documentsFile: string;
}

export type SurveyAssessment =
  { ok: true; assessment: Assessment; respondents: number } | { ok: false; problems: string[] };

/** What is wrong with a document-check file, field by field. */
export function documentProblems(documents: unknown, file: string): string[] {
  const checks = documentChecksSchema.safeParse(documents ?? {}, { error: russianIssue });
  return checks.success
    ? []
    : checks.error.issues.map(
        (i) => `${file} → ${i.path.join('.') || '(весь файл)'}: ${i.message}`,
      );
}

export function surveyAssessment(input: SurveyAssessmentInput): SurveyAssessment {
  const checks = documentChecksSchema.safeParse(input.documents ?? {});
  const problems = documentProblems(input.documents, input.documentsFile);
  const tally = tallyProblems(input, problems);
  if (problems.length > 0 || !checks.success || tally === undefined) return { ok: false, problems };
  const { operator, source, ...figures } = checks.data;
  const candidate = {
    organization: input.organization.id,
    year: input.year,
    method: METHOD,
    ...(operator && { operator }),
    source,
    inputs: { sphere: tally.sphere, ...figures, survey: toScoringSurvey(tally) },
  };
  // The method's own rules (posted ≤ required, a sphere's questions) have the last word.
  const parsed = assessmentSchema.safeParse(candidate, { error: russianIssue });
  if (!parsed.success)
    return {
      ok: false,
      problems: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
    };
  return { ok: true, assessment: parsed.data, respondents: tally.respondents };
}

/** The one tally to use, after checking it; every problem found is pushed to `problems`. */
function tallyProblems(input: SurveyAssessmentInput, problems: string[]): SurveyTally | undefined {
  const { organization, year, tallies } = input;
  if (tallies.length === 0) {
    problems.push(
      `в базе ответов нет ни одной анкеты об организации ${organization.id} за ${year} год`,
    );
    return undefined;
  }
  const own = tallies.find((t) => t.sphere === organization.sphere);
  for (const other of tallies.filter((t) => t !== own)) {
    problems.push(
      `${other.respondents} анкет об организации ${organization.id} за ${year} год отправлены по анкете сферы «${sphereName[other.sphere]}», а организация — сферы «${sphereName[organization.sphere]}»: такие анкеты не учитываются вместе, разберитесь с ними`,
    );
  }
  if (own === undefined) return undefined;
  problems.push(...countProblems(own));
  return own;
}

const gateOf = new Map(
  questionnaire675n.questions.flatMap((q) =>
    q.skippedWhenNo ? [[q.id, q.skippedWhenNo] as const] : [],
  ),
);
const number = (id: QuestionId) => `вопрос ${id.slice(1)}`;

/**
 * The counts must fit together: no question asked of more people than filled in a questionnaire,
 * no follow-up asked of more people than said «Да» to its gate, no more «Да» than answers. The
 * receiver's tally keeps these by construction, so a failure means the database was altered.
 */
export function countProblems(tally: SurveyTally): string[] {
  const problems: string[] = [];
  for (const key of scoringSurveyKeys) {
    const id = scoringSurveyQuestions[key];
    const { asked, yes } = tally.questions[id];
    if (asked > tally.respondents)
      problems.push(
        `${number(id)} (${key}) задан ${asked} респондентам, а анкет заполнено ${tally.respondents}`,
      );
    if (yes > asked)
      problems.push(`${number(id)} (${key}): ответов «Да» ${yes}, а ответивших ${asked}`);
    const gate = gateOf.get(id);
    const gateYes = gate === undefined ? undefined : tally.questions[gate].yes;
    if (gate !== undefined && gateYes !== undefined && asked > gateYes) {
      problems.push(
        `${number(id)} (${key}) задан ${asked} респондентам, а «Да» на ${number(gate)}, после которого он задаётся, ответили ${gateYes}`,
      );
    }
  }
  return problems;
}
