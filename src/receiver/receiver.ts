// The survey receiver: node:http, SQLite or PostgreSQL (store.ts), no framework. Routes:
//   POST    /api/answers  one questionnaire (JSON from the script, form fields without JavaScript)
//   OPTIONS /api/answers  CORS preflight for listed origins
//   GET     /api/health   200 only while an answer sent now would be stored (store.ts ping)
//   *                     the built static site, when staticDir is given
import { realpathSync } from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import {
  handleAnswerPost,
  modeOf,
  refusal,
  unread,
  type AnswerContext,
  type Outcome,
} from './answers.ts';
import type { Sphere } from '../domain/schemas/common.ts';
import { corsHeaders, ownOrigins, preflightHeaders } from './origin.ts';
import { createRateLimiter, defaultRateLimit, type RateLimitOptions } from './rateLimit.ts';
import { embeddedParam, embeddedPrefix, sendOutcome } from './respond.ts';
import { serveStatic, siteHeaders } from './static.ts';
import { openSqliteStore } from './sqliteStore.ts';
import type { AnswerStore } from './store.ts';

export interface ReceiverOptions {
  /** An opened store (openAnswerStore: PostgreSQL opens asynchronously); closed with the server. */
  store?: AnswerStore;
  /** Without `store`: the SQLite file to open. */
  dbPath?: string;
  /** Organizations answers may be about, with their spheres (the build's anketa/spheres.json). */
  organizations: ReadonlyMap<string, Sphere>;
  /**
   * Origin the portal's pages are served from (e.g. https://nok.example.ru): posts from it are
   * the portal's own, and the no-JavaScript form is sent back to its result pages there. Without
   * it the portal is this receiver itself, at its loopback address (npm start).
   */
  publicOrigin?: string;
  /** Sub-path of the portal, e.g. /nok/: where the result pages are. */
  base?: string;
  /** Other sites whose pages post answers (a portal on static hosting, an authority's site). */
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

const sendJson = (res: ServerResponse, outcome: Outcome, headers: Record<string, string> = {}) =>
  sendOutcome(res, outcome, 'json', headers);

async function answersRoute(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: AnswerContext,
  resultPrefix: string,
  url: URL,
): Promise<void> {
  const cors = { ...corsHeaders(req, ctx.allowedOrigins), Vary: 'Origin' };
  if (req.method === 'OPTIONS') {
    const preflight = preflightHeaders(req, ctx.allowedOrigins);
    res.writeHead(preflight ? 204 : 403, { ...(preflight ?? {}), Vary: 'Origin' }).end();
    return;
  }
  if (req.method !== 'POST')
    return sendJson(res, unread(refusal(405, 'Метод не поддерживается.')), {
      ...cors,
      Allow: 'POST, OPTIONS',
    });
  const mode = modeOf(req);
  if (typeof mode !== 'string') return sendJson(res, mode, cors);
  const embedded = url.search.slice(1).split('&').includes(embeddedParam);
  sendOutcome(
    res,
    await handleAnswerPost(req, ctx, mode),
    mode,
    cors,
    `${resultPrefix}${embedded ? embeddedPrefix : ''}`,
  );
}

async function healthRoute(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: AnswerContext,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return sendJson(res, refusal(405, 'Метод не поддерживается.'), { Allow: 'GET, HEAD' });
  const ok = await ctx.store.ping(); // false when a write would fail or would not reach the database
  const body = JSON.stringify({ status: ok ? 'ok' : 'degraded' });
  res
    .writeHead(ok ? 200 : 503, {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
    })
    .end(req.method === 'HEAD' ? undefined : body);
}

/**
 * The operator's log of failed requests. While the disk is full every answer fails the same way:
 * the same message is written once per ten seconds, with how many were left out.
 */
function failureLog(): (message: string) => void {
  let last = { message: '', at: -Infinity, repeats: 0 };
  return (message) => {
    const now = performance.now();
    if (message === last.message && now - last.at < 10_000) return void (last.repeats += 1);
    const repeats =
      message === last.message && last.repeats > 0 ? ` (и ещё ${last.repeats} раз за 10 с)` : '';
    console.error(`receiver: request failed: ${message}${repeats}`);
    last = { message, at: now, repeats: 0 };
  };
}

function storeOf(options: ReceiverOptions): AnswerStore {
  if (options.store) return options.store;
  if (options.dbPath === undefined)
    throw new Error('createReceiver: give an opened store or the dbPath of a SQLite file');
  return openSqliteStore(options.dbPath);
}

export function createReceiver(options: ReceiverOptions): http.Server {
  const now = options.now ?? (() => new Date());
  const siteOrigins = new Set(options.publicOrigin ? [options.publicOrigin] : []);
  const ctx: AnswerContext = {
    store: storeOf(options),
    organizations: options.organizations,
    limiter:
      options.rateLimit === false
        ? undefined
        : createRateLimiter(options.rateLimit ?? defaultRateLimit, () => now().getTime()),
    siteOrigins,
    allowedOrigins: new Set(options.allowedOrigins ?? []),
    trustProxy: options.trustProxy ?? false,
    maxBodyBytes: options.maxBodyBytes ?? 32_768,
    today: () => now().toISOString().slice(0, 10),
  };
  // Result pages of the no-JavaScript form: at the public origin when the page may be elsewhere.
  const resultPrefix = `${options.publicOrigin ?? ''}${(options.base ?? '/').replace(/\/$/, '')}`;
  const staticRoot = options.staticDir === undefined ? undefined : realpathSync(options.staticDir);
  const site =
    staticRoot === undefined
      ? undefined
      : { root: staticRoot, headersFor: siteHeaders(staticRoot) };

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://receiver.invalid');
    if (url.pathname === '/api/answers') return answersRoute(req, res, ctx, resultPrefix, url);
    if (url.pathname === '/api/health') return healthRoute(req, res, ctx);
    if (site && !url.pathname.startsWith('/api/'))
      return serveStatic(req, res, site.root, url, site.headersFor(url.pathname));
    sendJson(res, refusal(404, 'Адрес не найден.'));
  }

  const logFailure = failureLog();
  const server = http.createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      // Details go to the operator's log only; the client learns nothing about the internals.
      logFailure(error instanceof Error ? error.message : String(error));
      if (res.headersSent) res.destroy();
      else
        sendJson(res, unread(refusal(500, 'Внутренняя ошибка сервера. Повторите попытку позже.')));
    });
  });
  // Slow-body clients must not hold sockets for the default five minutes.
  server.requestTimeout = 30_000;
  server.headersTimeout = 15_000;
  server.on('close', () => {
    ctx.store
      .close()
      .catch((error: unknown) =>
        console.error(
          'receiver: closing the store failed:',
          error instanceof Error ? error.message : error,
        ),
      );
  });
  if (!options.publicOrigin) {
    server.on('listening', () => {
      const address = server.address();
      if (typeof address === 'object' && address)
        for (const o of ownOrigins(address)) siteOrigins.add(o);
    });
  }
  return server;
}
