// The survey receiver: node:http, node:sqlite, no framework. Routes:
//   POST    /api/answers  one questionnaire (JSON; form-encoded too when serving the site)
//   OPTIONS /api/answers  CORS preflight for listed origins
//   GET     /api/health   liveness + database check
//   *                     the built static site, when staticDir is given
import { realpathSync } from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { handleAnswerPost, modeOf, refusal, unread, type AnswerContext, type Outcome } from './answers.ts';
import { corsHeaders, preflightHeaders } from './origin.ts';
import { createRateLimiter, type RateLimitOptions } from './rateLimit.ts';
import { sendOutcome } from './respond.ts';
import { serveStatic } from './static.ts';
import { openAnswerStore } from './store.ts';

export interface ReceiverOptions {
  dbPath: string;
  allowedOrigins?: readonly string[];
  /** Behind a reverse proxy: take the client from the last X-Forwarded-For hop. */
  trustProxy?: boolean;
  /** false turns limiting off (benchmarks only). */
  rateLimit?: RateLimitOptions | false;
  maxBodyBytes?: number;
  staticDir?: string;
  /** Clock, for tests. */
  now?: () => Date;
}

export const defaultRateLimit: RateLimitOptions = { burst: 30, perMinute: 30 };

const sendJson = (res: ServerResponse, outcome: Outcome, headers: Record<string, string> = {}) => sendOutcome(res, outcome, 'json', headers);

async function answersRoute(req: IncomingMessage, res: ServerResponse, ctx: AnswerContext): Promise<void> {
  const cors = { ...corsHeaders(req, ctx.allowedOrigins), Vary: 'Origin' };
  if (req.method === 'OPTIONS') {
    const preflight = preflightHeaders(req, ctx.allowedOrigins);
    res.writeHead(preflight ? 204 : 403, { ...(preflight ?? {}), Vary: 'Origin' }).end();
    return;
  }
  if (req.method !== 'POST') return sendJson(res, unread(refusal(405, 'Метод не поддерживается.')), { ...cors, Allow: 'POST, OPTIONS' });
  const mode = modeOf(req, ctx.acceptForms);
  if (!mode) {
    const accepted = ctx.acceptForms ? 'application/json или application/x-www-form-urlencoded' : 'application/json';
    return sendJson(res, unread(refusal(415, `Тип содержимого должен быть ${accepted}.`)), cors);
  }
  sendOutcome(res, await handleAnswerPost(req, ctx, mode), mode, cors);
}

function healthRoute(req: IncomingMessage, res: ServerResponse, ctx: AnswerContext): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, refusal(405, 'Метод не поддерживается.'), { Allow: 'GET, HEAD' });
  const ok = ctx.store.ping();
  const body = JSON.stringify({ status: ok ? 'ok' : 'degraded' });
  res.writeHead(ok ? 200 : 503, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' }).end(req.method === 'HEAD' ? undefined : body);
}

export function createReceiver(options: ReceiverOptions): http.Server {
  const now = options.now ?? (() => new Date());
  const ctx: AnswerContext = {
    store: openAnswerStore(options.dbPath),
    limiter: options.rateLimit === false ? undefined : createRateLimiter(options.rateLimit ?? defaultRateLimit, () => now().getTime()),
    allowedOrigins: new Set(options.allowedOrigins ?? []),
    trustProxy: options.trustProxy ?? false,
    maxBodyBytes: options.maxBodyBytes ?? 32_768,
    // The no-JavaScript form redirects to result pages, which exist only with the site.
    acceptForms: options.staticDir !== undefined,
    today: () => now().toISOString().slice(0, 10),
  };
  const staticRoot = options.staticDir === undefined ? undefined : realpathSync(options.staticDir);

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://receiver.invalid');
    if (url.pathname === '/api/answers') return answersRoute(req, res, ctx);
    if (url.pathname === '/api/health') return healthRoute(req, res, ctx);
    if (staticRoot && !url.pathname.startsWith('/api/')) return serveStatic(req, res, staticRoot, url);
    sendJson(res, refusal(404, 'Адрес не найден.'));
  }

  const server = http.createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      // Details go to the operator's log only; the client learns nothing about the internals.
      console.error('receiver: request failed:', error instanceof Error ? error.message : error);
      if (res.headersSent) res.destroy();
      else sendJson(res, unread(refusal(500, 'Внутренняя ошибка сервера. Повторите попытку позже.')));
    });
  });
  // Slow-body clients must not hold sockets for the default five minutes.
  server.requestTimeout = 30_000;
  server.headersTimeout = 15_000;
  server.on('close', () => ctx.store.close());
  return server;
}
