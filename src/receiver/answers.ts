// POST /api/answers: from request to an outcome (status + body). Rendering the outcome as JSON
// or as a redirect for the no-JavaScript form happens in respond.ts.
import { createHash, randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import {
  canonicalSubmission,
  validateSubmission,
  type AnswerSubmission,
  type FieldError,
} from '../domain/questionnaire/index.ts';
import { readBody } from './body.ts';
import { mayPost } from './origin.ts';
import { parseFormBody, parseJsonBody } from './parse.ts';
import { clientKey, type createRateLimiter } from './rateLimit.ts';
import { sphereNames, type Sphere } from '../domain/schemas/common.ts';
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
  /** The organizations answers may be about, with their spheres (the build's list). */
  organizations: ReadonlyMap<string, Sphere>;
  limiter: ReturnType<typeof createRateLimiter> | undefined;
  /** Origins of the portal's own pages. */
  siteOrigins: ReadonlySet<string>;
  allowedOrigins: ReadonlySet<string>;
  trustProxy: boolean;
  maxBodyBytes: number;
  /** Day of receipt, YYYY-MM-DD. */
  today: () => string;
}

const accepted = (id: string): Outcome => ({
  status: 201,
  body: { id, status: 'accepted', message: 'Спасибо! Ваши ответы приняты.' },
});

export const refusal = (status: number, message: string, field: string | null = null): Outcome => ({
  status,
  body: { errors: [{ field, message }] },
});

export const unread = (o: Outcome): Outcome => ({ ...o, bodyUnread: true });

/**
 * JSON from the script, form fields from the no-JavaScript form; UTF-8 only, because the answers
 * are decoded as UTF-8 and a body in another charset would be stored as U+FFFD; and no
 * Content-Encoding, because the body limit counts the bytes as sent.
 */
export function modeOf(req: IncomingMessage): Mode | Outcome {
  const [media = '', ...params] = (req.headers['content-type'] ?? '')
    .split(';')
    .map((p) => p.trim().toLowerCase());
  const mode =
    media === 'application/json'
      ? 'json'
      : media === 'application/x-www-form-urlencoded'
        ? 'form'
        : undefined;
  if (!mode)
    return unread(
      refusal(
        415,
        'Тип содержимого должен быть application/json или application/x-www-form-urlencoded.',
      ),
    );
  const charset = params
    .find((p) => p.startsWith('charset='))
    ?.slice('charset='.length)
    .replace(/^"|"$/g, '');
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8')
    return unread(refusal(415, 'Кодировка запроса должна быть UTF-8.'));
  const encoding = (req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (encoding !== 'identity')
    return unread(refusal(415, 'Сжатые запросы (Content-Encoding) не принимаются.'));
  return mode;
}

/** An answer counts only for an organization the portal shows, under its own sphere's questionnaire. */
function unknownTarget(ctx: AnswerContext, submission: AnswerSubmission): Outcome | undefined {
  const sphere = ctx.organizations.get(submission.organization);
  if (sphere === undefined)
    return refusal(422, 'Организация: такой организации на портале нет.', 'organization');
  if (sphere !== submission.sphere) {
    return refusal(
      422,
      `Сфера: организация относится к сфере «${sphereNames[sphere]}», а анкета — к сфере «${sphereNames[submission.sphere]}».`,
      'sphere',
    );
  }
  return undefined;
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
  return refusal(
    422,
    'Идентификатор ответа: ответ с этим идентификатором уже принят, и ответы в нём другие.',
    'id',
  );
}

/**
 * The organization of a no-JavaScript form that names none. Without a script the page cannot copy
 * its ?org= into the form, but the browser says which page it posts from (Referer: the whole
 * address for a post to the same origin, under the portal's Referrer-Policy), so a citizen who
 * came by a link to their organization's questionnaire never types its code. Only the portal's
 * own pages count; anything else leaves the field empty, and the form is refused naming it.
 */
function organizationOfPage(req: IncomingMessage, ctx: AnswerContext): string | undefined {
  try {
    const page = new URL(req.headers.referer ?? '');
    return ctx.siteOrigins.has(page.origin)
      ? (page.searchParams.get('org') ?? undefined)
      : undefined;
  } catch {
    return undefined;
  }
}

function withPageOrganization(value: unknown, req: IncomingMessage, ctx: AnswerContext): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const form = value as Record<string, unknown>;
  const organization =
    form['organization'] === undefined || form['organization'] === ''
      ? organizationOfPage(req, ctx)
      : undefined;
  return organization === undefined ? value : { ...form, organization };
}

async function readSubmission(
  req: IncomingMessage,
  ctx: AnswerContext,
  mode: Mode,
): Promise<Outcome | { value: unknown }> {
  const body = await readBody(req, ctx.maxBodyBytes);
  if (!body.ok)
    return unread(refusal(413, `Слишком большой запрос: не более ${ctx.maxBodyBytes} байт.`));
  const text = body.body.toString('utf8');
  const parsed = mode === 'json' ? parseJsonBody(text) : parseFormBody(text);
  if (parsed.ok)
    return { value: mode === 'form' ? withPageOrganization(parsed.value, req, ctx) : parsed.value };
  return refusal(
    400,
    parsed.reason === 'poisoned'
      ? 'Запрос содержит недопустимые ключи.'
      : 'Тело запроса не разобрать как JSON.',
  );
}

export async function handleAnswerPost(
  req: IncomingMessage,
  ctx: AnswerContext,
  mode: Mode,
): Promise<Outcome> {
  if (!mayPost(req, ctx.siteOrigins, ctx.allowedOrigins))
    return unread(refusal(403, 'Отправка с этого сайта не разрешена.'));
  const take = ctx.limiter?.take(clientKey(req, ctx.trustProxy));
  if (take && !take.allowed) {
    return unread({
      ...refusal(429, 'Слишком много отправок подряд. Повторите попытку позже.'),
      retryAfterSeconds: take.retryAfterSeconds,
    });
  }
  const read = await readSubmission(req, ctx, mode);
  if (!('value' in read)) return read;
  if (honeypotFilled(read.value))
    return accepted(typeof read.value['id'] === 'string' ? read.value['id'] : randomUUID());
  const checked = validateSubmission(read.value);
  if (!checked.ok) return { status: 422, body: { errors: checked.errors } };
  return unknownTarget(ctx, checked.value) ?? store(ctx, checked.value);
}
