// What the enhanced form shows and checks before sending. A follow-up question (Q2 after Q1 …)
// is revealed only once its screening question is answered «Да» — the GOV.UK conditional
// reveal. The receiver's schema stays the authority: this check only spares a round trip, and
// it imports no zod so the survey page ships less JavaScript.
import type { FieldError } from '../questionnaire/answerSchema.ts';
import type { Answers, NumberedQuestion } from '../questionnaire/visibility.ts';

export const isRevealed = (q: NumberedQuestion, answers: Answers): boolean =>
  q.skippedWhenNo === undefined || answers[q.skippedWhenNo] === 'yes';

export const shownQuestions = (
  questions: readonly NumberedQuestion[],
  answers: Answers,
): NumberedQuestion[] => questions.filter((q) => isRevealed(q, answers));

/**
 * What stands in place of a hidden follow-up, so the numbers on screen never jump without a word
 * (3, then 5): the paper form's «Нет → 5» said the same.
 */
export function followUpNote(q: NumberedQuestion, questions: readonly NumberedQuestion[]): string {
  const screening = questions.find((s) => s.id === q.skippedWhenNo);
  return screening
    ? `Вопрос ${q.displayNumber} задаётся, если на вопрос ${screening.displayNumber} ответить «Да».`
    : `Вопрос ${q.displayNumber} в этом случае не задаётся.`;
}

/** Answers to the questions on screen only: a hidden follow-up is never submitted. */
export function submittableAnswers(
  questions: readonly NumberedQuestion[],
  answers: Answers,
): Answers {
  const kept: Answers = {};
  for (const q of shownQuestions(questions, answers)) {
    const value = answers[q.id];
    if (value !== undefined && value.trim() !== '') kept[q.id] = value;
  }
  return kept;
}

/** Required questions on screen that have no answer, worded like the receiver's messages. */
export function missingAnswers(
  questions: readonly NumberedQuestion[],
  answers: Answers,
): FieldError[] {
  const given = submittableAnswers(questions, answers);
  return shownQuestions(questions, answers)
    .filter((q) => q.required && given[q.id] === undefined)
    .map((q) => ({ field: q.id, message: `Вопрос ${q.displayNumber}: ответьте на вопрос.` }));
}
