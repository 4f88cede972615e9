// Filling the questionnaire in Chromium, for the survey and deployment tests.
import type { Page } from 'playwright-core';

/** A complete culture answer (no Q5): «Нет» to Q3, Q7 and Q11 so their follow-ups stay hidden. */
export const cultureAnswers: Record<string, string> = {
  q1: 'yes',
  q2: 'yes',
  q3: 'no',
  q6: 'yes',
  q7: 'no',
  q9: 'yes',
  q10: 'no',
  q11: 'no',
  q13: 'yes',
  q14: 'yes',
  q15: 'yes',
  q17: 'female',
};

/** Checks each answer's radio button; `page` may be a page or a frame. */
export async function answerByClicks(
  page: Pick<Page, 'locator'>,
  answers: Record<string, string>,
): Promise<void> {
  for (const [question, value] of Object.entries(answers))
    await page.locator(`input[name="${question}"][value="${value}"]`).check();
}
