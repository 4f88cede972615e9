// Which browser origins may post answers. Embedding the questionnaire on an authority's own site
// is the point (docs/domain.md §12), so those sites are listed explicitly; everyone else gets no
// CORS headers, and a cross-site post from an unlisted origin is refused.
import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export function isListedOrigin(
  origin: string | undefined,
  allowed: ReadonlySet<string>,
): origin is string {
  return origin !== undefined && allowed.has(origin);
}

/**
 * A post may come from the portal's own pages (its public origin, from configuration: a proxy's
 * Host header names the upstream, not the site the browser is on) or from a listed site.
 * Requests without Origin come from non-browser clients, which CORS does not govern anyway.
 */
export function mayPost(
  req: IncomingMessage,
  siteOrigins: ReadonlySet<string>,
  allowed: ReadonlySet<string>,
): boolean {
  const origin = req.headers.origin;
  return origin === undefined || siteOrigins.has(origin) || allowed.has(origin);
}

/** Without a configured public origin the portal is the receiver itself, at its own loopback address. */
export function ownOrigins(address: AddressInfo): string[] {
  const port = address.port;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const loopback = ['127.0.0.1', '::1', '0.0.0.0', '::'].includes(address.address);
  return loopback
    ? [`http://127.0.0.1:${port}`, `http://localhost:${port}`, `http://[::1]:${port}`]
    : [`http://${host}:${port}`];
}

export function corsHeaders(
  req: IncomingMessage,
  allowed: ReadonlySet<string>,
): Record<string, string> {
  const origin = req.headers.origin;
  return isListedOrigin(origin, allowed) ? { 'Access-Control-Allow-Origin': origin } : {};
}

export function preflightHeaders(
  req: IncomingMessage,
  allowed: ReadonlySet<string>,
): Record<string, string> | undefined {
  if (!isListedOrigin(req.headers.origin, allowed)) return undefined;
  return {
    ...corsHeaders(req, allowed),
    'Access-Control-Allow-Methods': 'POST',
    'Access-Control-Allow-Headers': 'Content-Type',
    'Access-Control-Max-Age': '600',
  };
}
