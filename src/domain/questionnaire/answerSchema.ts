// The schema of ONE submitted questionnaire. It runs in the browser (the form) and in the
// receiver, so it imports nothing from Node. Errors come out keyed by question id with Russian
// messages ready for an error summary («Вопрос 2: выберите «Да» или «Нет».»).
import { z } from 'zod';
import { idSchema, sphereSchema, spheres, type Sphere } from '../schemas/common.ts';
import {
  freeTextMaxLength,
  questionIds,
  questionnaire675n,
  type AnswerKind,
  type Choice,
  type Question,
  type QuestionId,
} from './questionnaire675n.ts';
import { isSkipped, questionsFor } from './visibility.ts';

const oneOf = (choices: readonly Choice[] | undefined, error: string) =>
  z.string({ error }).refine((v) => choices?.some((c) => c.value === v) ?? false, { error });

const byKind: Record<AnswerKind, (q: Question) => z.ZodType<string>> = {
  yesNo: (q) => oneOf(q.choices, 'выберите «Да» или «Нет».'),
  sex: (q) => oneOf(q.choices, 'выберите один из вариантов.'),
  ageGroup: (q) => oneOf(q.choices, 'выберите одну из возрастных групп.'),
  freeText: () =>
    z
      .string({ error: 'ответ должен быть текстом.' })
      .max(freeTextMaxLength, { error: `не более ${freeTextMaxLength} знаков.` })
      .refine((v) => v.trim().length > 0, { error: 'пустой ответ: оставьте поле незаполненным.' }),
};

const valueSchemas = Object.fromEntries(
  questionnaire675n.questions.map((q) => [q.id, byKind[q.kind](q).optional().describe(q.text)]),
) as Record<QuestionId, z.ZodOptional<z.ZodType<string>>>;

export const answersSchema = z
  .strictObject(valueSchemas)
  .describe('Answers keyed by question id (q1…q18 by the full numbering)');

type Presence = 'notInSphere' | 'skipped' | 'missing' | 'ok';

/** Whether a question's presence fits the sphere variant, the skip logic and «required». */
function presence(question: Question, sphere: Sphere, answers: Record<string, unknown>): Presence {
  const present = answers[question.id] !== undefined;
  if (question.onlyIn && !question.onlyIn.includes(sphere)) return present ? 'notInSphere' : 'ok';
  if (isSkipped(question, answers)) return present ? 'skipped' : 'ok';
  return !present && question.required ? 'missing' : 'ok';
}

const presenceMessages: Record<Exclude<Presence, 'ok'>, string> = {
  notInSphere: 'в анкете для этой сферы такого вопроса нет.',
  // The screening question always comes right before the one it skips (Q1→Q2, Q3→Q4, …).
  skipped: 'на этот вопрос не отвечают, если на предыдущий ответили «Нет».',
  missing: 'ответьте на вопрос.',
};

/**
 * Checks one question's answer in the context of all answers given so far; used by the form
 * field by field and by the submission schema for the whole. Returns a message without the
 * «Вопрос N:» prefix, or undefined when the answer is fine.
 */
export function validateAnswer(
  question: Question,
  sphere: Sphere,
  answers: Record<string, unknown>,
): string | undefined {
  const state = presence(question, sphere, answers);
  if (state !== 'ok') return presenceMessages[state];
  const result = valueSchemas[question.id].safeParse(answers[question.id]);
  return result.success ? undefined : result.error.issues[0]?.message;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export const answerSubmissionSchema = z
  .strictObject({
    // Version 4 only: v1/v6/v7 ids carry the time of day, v1 also the device's MAC address,
    // which would make the answer personal data (152-ФЗ). Lower case is the canonical form,
    // so an upper-case copy of an accepted id is the same respondent, not a second one.
    id: z
      .uuidv4({ error: 'идентификатор ответа должен быть случайным UUID версии 4.' })
      .toLowerCase()
      .describe('Client-generated random UUID (version 4); a retry reuses it'),
    organization: idSchema.describe('Content id of the organization the answers are about'),
    questionnaire: z
      .literal(questionnaire675n.version, { error: 'анкета этой версии не принимается.' })
      .describe('Questionnaire version'),
    sphere: sphereSchema,
    answers: answersSchema,
    submittedAt: z.iso
      .datetime({ offset: true, error: 'время отправки — дата и время ISO 8601.' })
      .optional()
      .describe('Client clock at submission; informational only, never trusted'),
    website: z
      .literal('', { error: 'это поле должно остаться пустым.' })
      .optional()
      .describe('Honeypot: people never see it, bots fill it'),
  })
  // Runs even when other fields failed, so the error summary lists every problem at once.
  .superRefine(
    (value, ctx) => {
      const raw = value as unknown as Record<string, unknown>;
      if (!isRecord(raw['answers']) || !spheres.includes(raw['sphere'] as Sphere)) return;
      for (const q of questionnaire675n.questions) {
        const state = presence(q, raw['sphere'] as Sphere, raw['answers']);
        if (state !== 'ok')
          ctx.addIssue({
            code: 'custom',
            path: ['answers', q.id],
            message: presenceMessages[state],
          });
      }
    },
    { when: (payload) => isRecord(payload.value) },
  )
  .describe('One submitted questionnaire (675н-2018)');

export type AnswerSubmission = z.infer<typeof answerSubmissionSchema>;

export interface FieldError {
  /** Question id (q1…q18) for answers, the top-level key otherwise; null for the whole body. */
  field: string | null;
  message: string;
}

const topLevelLabels: Record<string, string> = {
  id: 'Идентификатор ответа',
  organization: 'Организация',
  questionnaire: 'Анкета',
  sphere: 'Сфера',
  answers: 'Ответы',
  submittedAt: 'Время отправки',
  website: 'Служебное поле',
};

const fieldMessages: Record<string, string> = {
  organization: 'укажите организацию (её идентификатор).',
  sphere: 'укажите сферу: культура, социальное обслуживание, здравоохранение или образование.',
  answers: 'ответы должны быть объектом.',
};

/** «Вопрос N» as the respondent saw it; a question outside the sphere's variant by its full number. */
function questionLabel(id: string, sphere: unknown): string {
  const shown = spheres.includes(sphere as Sphere)
    ? questionsFor(sphere as Sphere).find((q) => q.id === id)
    : undefined;
  if (shown) return `Вопрос ${shown.displayNumber}`;
  const full = questionnaire675n.questions.find((q) => q.id === id);
  return full ? `Вопрос ${full.number} полной анкеты` : `Поле «${id}»`;
}

function issueErrors(issue: z.core.$ZodIssue, sphere: unknown): FieldError[] {
  const inAnswers = issue.path[0] === 'answers' && issue.path.length > 1;
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ field: key, message: `Неизвестное поле «${key}».` }));
  }
  if (inAnswers) {
    const id = String(issue.path[1]);
    return [{ field: id, message: `${questionLabel(id, sphere)}: ${issue.message}` }];
  }
  if (issue.path.length === 0)
    return [{ field: null, message: 'Ответ должен быть объектом JSON.' }];
  const key = String(issue.path[0]);
  const detail = fieldMessages[key] ?? issue.message;
  return [{ field: key, message: `${topLevelLabels[key] ?? key}: ${detail}` }];
}

/** One message per field (the first found), in question order, for an error summary. */
export function toFieldErrors(error: z.ZodError, input: unknown): FieldError[] {
  const sphere = isRecord(input) ? input['sphere'] : undefined;
  const seen = new Set<string | null>();
  const errors = error.issues
    .flatMap((issue) => issueErrors(issue, sphere))
    .filter((e) => !seen.has(e.field) && seen.add(e.field));
  const order = (f: string | null) =>
    f && (questionIds as readonly string[]).includes(f) ? questionIds.indexOf(f as QuestionId) : -1;
  return errors.sort((a, b) => order(a.field) - order(b.field));
}

export type SubmissionResult =
  { ok: true; value: AnswerSubmission } | { ok: false; errors: FieldError[] };

export function validateSubmission(input: unknown): SubmissionResult {
  const result = answerSubmissionSchema.safeParse(input);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, errors: toFieldErrors(result.error, input) };
}
