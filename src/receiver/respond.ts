// Writes an outcome: JSON for scripts and the JavaScript form, a 303 redirect to a result page
// for the no-JavaScript form (so «back» and «reload» never resubmit).
import type { ServerResponse } from 'node:http';
import type { Mode, Outcome } from './answers.ts';

export const resultPages = { sent: '/anketa/otpravleno/', failed: '/anketa/oshibka/' } as const;

/** The embed page's form posts to `…/api/answers?from=embed`; its result pages are under /embed/. */
export const embeddedParam = 'from=embed';
export const embeddedPrefix = '/embed';

const reasons: Record<number, string> = {
  400: 'malformed',
  403: 'forbidden',
  413: 'too-large',
  415: 'unsupported',
  422: 'invalid',
  429: 'rate-limited',
  500: 'server-error',
};

export function failurePage(outcome: Outcome, prefix = ''): string {
  const params = new URLSearchParams({ reason: reasons[outcome.status] ?? 'server-error' });
  if ('errors' in outcome.body) {
    const fields = outcome.body.errors.flatMap((e) => (e.field ? [e.field] : []));
    if (fields.length > 0) params.set('fields', fields.join(','));
  }
  return `${prefix}${resultPages.failed}?${params}`;
}

/** `resultPrefix` is where the result pages live: «» at the root of this server, or https://site/nok. */
export function sendOutcome(
  res: ServerResponse,
  outcome: Outcome,
  mode: Mode,
  extraHeaders: Record<string, string> = {},
  resultPrefix = '',
): void {
  const headers: Record<string, string> = { 'Cache-Control': 'no-store', ...extraHeaders };
  if (outcome.bodyUnread) headers['Connection'] = 'close';
  if (outcome.retryAfterSeconds !== undefined)
    headers['Retry-After'] = String(outcome.retryAfterSeconds);
  if (mode === 'form') {
    const location =
      outcome.status < 300
        ? `${resultPrefix}${resultPages.sent}`
        : failurePage(outcome, resultPrefix);
    res.writeHead(303, { ...headers, Location: location }).end();
    return;
  }
  const json = JSON.stringify(outcome.body);
  res.writeHead(outcome.status, {
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(json),
  });
  res.end(json);
}
