// Turns a request body into a candidate submission. Keys that could reach Object.prototype when
// a consumer later merges the object («prototype poisoning») are refused outright.
import { randomUUID } from 'node:crypto';
import { pruneSkipped, questionIds, type Answers } from '../domain/questionnaire/index.ts';

export type Parsed = { ok: true; value: unknown } | { ok: false; reason: 'malformed' | 'poisoned' };

const poisonKeys = new Set(['__proto__', 'constructor', 'prototype']);

class PoisonedKey extends Error {}

export function parseJsonBody(text: string): Parsed {
  try {
    const value: unknown = JSON.parse(text, (key, v: unknown) => {
      if (poisonKeys.has(key)) throw new PoisonedKey();
      return v;
    });
    return { ok: true, value };
  } catch (error) {
    return { ok: false, reason: error instanceof PoisonedKey ? 'poisoned' : 'malformed' };
  }
}

const isQuestionId = (key: string): boolean => (questionIds as readonly string[]).includes(key);

/**
 * The no-JavaScript form posts flat fields (id, organization, sphere, q1…q18, website). Empty
 * fields mean «not answered»; without JavaScript there is no client id, so the server makes one
 * (such a post cannot be replayed safely, but it cannot be retried by a script either).
 * Answers to skipped questions are dropped: that form shows every question at once.
 */
export function parseFormBody(text: string): Parsed {
  const submission: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  const answers: Answers = {};
  for (const [key, value] of new URLSearchParams(text)) {
    if (poisonKeys.has(key)) return { ok: false, reason: 'poisoned' };
    // A repeated field or a flat «answers» field is not something our form sends.
    if (key === 'answers' || Object.hasOwn(submission, key) || Object.hasOwn(answers, key))
      return { ok: false, reason: 'malformed' };
    if (isQuestionId(key)) {
      if (value.trim() !== '') answers[key as keyof Answers] = value;
    } else if (!(key === 'id' && value === '')) submission[key] = value;
  }
  return {
    ok: true,
    value: { ...submission, id: submission['id'] ?? randomUUID(), answers: pruneSkipped(answers) },
  };
}
