// POST /api/answers: from request to an outcome (status + body). Rendering the outcome as JSON
// or as a redirect for the no-JavaScript form happens in respond.ts.
import { createHash, randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { canonicalSubmission, validateSubmission, type AnswerSubmission, type FieldError } from '../domain/questionnaire/index.ts';
import { readBody } from './body.ts';
import { mayPost } from './origin.ts';
import { parseFormBody, parseJsonBody } from './parse.ts';
import { clientKey, type createRateLimiter } from './rateLimit.ts';
import type { AnswerStore } from './store.ts';

export type Mode = 'json' | 'form';

export interface Accepted {
  id: string;
  status: 'accepted';
  message: string;
}

export interface Outcome {
  status: number;
  body: Accepted | { errors: FieldError[] };
  retryAfterSeconds?: number;
  /** The body was not read, so the connection cannot be reused. */
  bodyUnread?: true;
}

export interface AnswerContext {
  store: AnswerStore;
  limiter: ReturnType<typeof createRateLimiter> | undefined;
  allowedOrigins: ReadonlySet<string>;
  trustProxy: boolean;
  maxBodyBytes: number;
  acceptForms: boolean;
  /** Day of receipt, YYYY-MM-DD. */
  today: () => string;
}

const accepted = (id: string): Outcome => ({ status: 201, body: { id, status: 'accepted', message: 'Спасибо! Ваши ответы приняты.' } });

export const refusal = (status: number, message: string, field: string | null = null): Outcome => ({ status, body: { errors: [{ field, message }] } });

export const unread = (o: Outcome): Outcome => ({ ...o, bodyUnread: true });

export function modeOf(req: IncomingMessage, acceptForms: boolean): Mode | undefined {
  const media = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (media === 'application/json') return 'json';
  return media === 'application/x-www-form-urlencoded' && acceptForms ? 'form' : undefined;
}

/**
 * A filled honeypot gets the same 201 a person gets, and nothing is stored: a bot told «refused»
 * learns to leave the field empty, a bot told «accepted» has nothing to learn.
 */
function honeypotFilled(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const website = (value as Record<string, unknown>)['website'];
  return website !== undefined && website !== '';
}

async function store(ctx: AnswerContext, submission: AnswerSubmission): Promise<Outcome> {
  const hash = createHash('sha256').update(canonicalSubmission(submission)).digest('hex');
  const saved = await ctx.store.save(submission, hash, ctx.today());
  // A retry after a lost response gets the very response the first attempt would have had.
  if (saved !== 'conflict') return accepted(submission.id);
  return refusal(422, 'Идентификатор ответа: ответ с этим идентификатором уже принят, и ответы в нём другие.', 'id');
}

async function readSubmission(req: IncomingMessage, ctx: AnswerContext, mode: Mode): Promise<Outcome | { value: unknown }> {
  const body = await readBody(req, ctx.maxBodyBytes);
  if (!body.ok) return unread(refusal(413, `Слишком большой запрос: не более ${ctx.maxBodyBytes} байт.`));
  const text = body.body.toString('utf8');
  const parsed = mode === 'json' ? parseJsonBody(text) : parseFormBody(text);
  if (parsed.ok) return { value: parsed.value };
  return refusal(400, parsed.reason === 'poisoned' ? 'Запрос содержит недопустимые ключи.' : 'Тело запроса не разобрать как JSON.');
}

export async function handleAnswerPost(req: IncomingMessage, ctx: AnswerContext, mode: Mode): Promise<Outcome> {
  if (!mayPost(req, ctx.allowedOrigins, ctx.trustProxy)) return unread(refusal(403, 'Отправка с этого сайта не разрешена.'));
  const take = ctx.limiter?.take(clientKey(req, ctx.trustProxy));
  if (take && !take.allowed) {
    return unread({ ...refusal(429, 'Слишком много отправок подряд. Повторите попытку позже.'), retryAfterSeconds: take.retryAfterSeconds });
  }
  const read = await readSubmission(req, ctx, mode);
  if (!('value' in read)) return read;
  if (honeypotFilled(read.value)) return accepted(typeof read.value['id'] === 'string' ? read.value['id'] : randomUUID());
  const checked = validateSubmission(read.value);
  return checked.ok ? store(ctx, checked.value) : { status: 422, body: { errors: checked.errors } };
}
