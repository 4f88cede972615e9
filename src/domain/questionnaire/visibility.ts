// Which questions a respondent sees: the sphere variant (no Q5 in culture and education) and
// the «Нет → N» jumps. Display numbers are recomputed per sphere; ids never change.
import type { Sphere } from '../schemas/common.ts';
import {
  questionnaire675n,
  type Question,
  type QuestionId,
  type Questionnaire,
} from './questionnaire675n.ts';

export type Answers = Partial<Record<QuestionId, string>>;

export interface NumberedQuestion extends Question {
  /** Number shown to the respondent in this sphere's variant. */
  displayNumber: number;
}

/** The sphere's variant of the questionnaire, numbered as the respondent sees it. */
export function questionsFor(
  sphere: Sphere,
  questionnaire: Questionnaire = questionnaire675n,
): NumberedQuestion[] {
  return questionnaire.questions
    .filter((q) => !q.onlyIn || q.onlyIn.includes(sphere))
    .map((q, index) => ({ ...q, displayNumber: index + 1 }));
}

/**
 * A text citing questions as `{q18}`, with the numbers shown in this variant: in culture the age
 * question is «вопрос 17», and a notice must say what the screen says.
 */
export function numberedText(text: string, questions: readonly NumberedQuestion[]): string {
  return text.replace(/\{(q\d+)\}/g, (placeholder, id: string) => {
    const question = questions.find((q) => q.id === id);
    if (!question) throw new Error(`«${text}»: ${placeholder} is not a question of this variant`);
    return String(question.displayNumber);
  });
}

/** A question is skipped when the question it depends on was answered «Нет». */
export function isSkipped(question: Question, answers: Answers): boolean {
  return question.skippedWhenNo !== undefined && answers[question.skippedWhenNo] === 'no';
}

/** Questions to show given the answers so far; an unanswered screening question hides nothing. */
export function visibleQuestions(
  sphere: Sphere,
  answers: Answers,
  questionnaire: Questionnaire = questionnaire675n,
): NumberedQuestion[] {
  return questionsFor(sphere, questionnaire).filter((q) => !isSkipped(q, answers));
}

/**
 * Drops answers to skipped questions. The no-JavaScript form shows every question at once, so a
 * respondent may answer Q2 after «Нет» to Q1; the answer is meaningless, not an error of theirs.
 */
export function pruneSkipped(
  answers: Answers,
  questionnaire: Questionnaire = questionnaire675n,
): Answers {
  const kept: Answers = {};
  for (const q of questionnaire.questions) {
    const value = answers[q.id];
    if (value !== undefined && !isSkipped(q, answers)) kept[q.id] = value;
  }
  return kept;
}
