// Which browser origins may post answers. Embedding the questionnaire on an authority's own site
// is the point (DOMAIN §8), so those sites are listed explicitly; everyone else gets no CORS
// headers, and a cross-site post from an unlisted origin is refused.
import type { IncomingMessage } from 'node:http';

export function isListedOrigin(origin: string | undefined, allowed: ReadonlySet<string>): origin is string {
  return origin !== undefined && allowed.has(origin);
}

/** A post from the receiver's own site (the no-JavaScript form) is not cross-origin. */
function isSameOrigin(origin: string, req: IncomingMessage, trustProxy: boolean): boolean {
  const forwardedHost = trustProxy ? req.headers['x-forwarded-host'] : undefined;
  const host = (Array.isArray(forwardedHost) ? forwardedHost[0] : forwardedHost) ?? req.headers.host;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** Requests without Origin come from non-browser clients, which CORS does not govern anyway. */
export function mayPost(req: IncomingMessage, allowed: ReadonlySet<string>, trustProxy: boolean): boolean {
  const origin = req.headers.origin;
  return origin === undefined || allowed.has(origin) || isSameOrigin(origin, req, trustProxy);
}

export function corsHeaders(req: IncomingMessage, allowed: ReadonlySet<string>): Record<string, string> {
  const origin = req.headers.origin;
  return isListedOrigin(origin, allowed) ? { 'Access-Control-Allow-Origin': origin } : {};
}

export function preflightHeaders(req: IncomingMessage, allowed: ReadonlySet<string>): Record<string, string> | undefined {
  if (!isListedOrigin(req.headers.origin, allowed)) return undefined;
  return {
    ...corsHeaders(req, allowed),
    'Access-Control-Allow-Methods': 'POST',
    'Access-Control-Allow-Headers': 'Content-Type',
    'Access-Control-Max-Age': '600',
  };
}
