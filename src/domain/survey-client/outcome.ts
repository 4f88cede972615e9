// What the form does with the receiver's reply. Only a confirmation clears the answer; only a
// reply that a retry cannot change (a refusal) stops the retries; everything else waits.
import type { FieldError } from '../questionnaire/answerSchema.ts';
import { retryAfterMs } from './backoff.ts';

export type SendOutcome =
  | { kind: 'sent' }
  /** 422: the answers were checked and refused; the reasons go to the error summary. */
  | { kind: 'refused'; errors: FieldError[] }
  /** Another 4xx a retry will not fix (forbidden origin, body too large …). */
  | { kind: 'failed'; errors: FieldError[] }
  /** Network down, timeout, 408, 429 or 5xx: keep the answer queued. */
  | { kind: 'retry'; afterMs?: number };

const isFieldError = (v: unknown): v is FieldError =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as FieldError).message === 'string' &&
  ((v as FieldError).field === null || typeof (v as FieldError).field === 'string');

/** The receiver's `{ errors: [...] }`, or one general message when the body is something else. */
export function errorsOf(body: unknown, fallback: string): FieldError[] {
  const list =
    typeof body === 'object' && body !== null ? (body as { errors?: unknown }).errors : undefined;
  const errors = Array.isArray(list) ? list.filter(isFieldError) : [];
  return errors.length > 0 ? errors : [{ field: null, message: fallback }];
}

const retryable = (status: number) => status === 408 || status === 429 || status >= 500;

export function classifyResponse(
  status: number,
  body: unknown,
  retryAfter: string | null,
  now: number,
): SendOutcome {
  if (status === 200 || status === 201) return { kind: 'sent' };
  if (status === 422)
    return {
      kind: 'refused',
      errors: errorsOf(body, 'Ответы не приняты: проверьте их и отправьте снова.'),
    };
  if (retryable(status)) {
    const afterMs = status === 429 ? retryAfterMs(retryAfter, now) : undefined;
    return afterMs === undefined ? { kind: 'retry' } : { kind: 'retry', afterMs };
  }
  return {
    kind: 'failed',
    errors: errorsOf(body, `Ответы не приняты (код ответа сервера ${status}). Попробуйте позже.`),
  };
}
