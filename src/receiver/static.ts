// Serves the built site. Every path is resolved inside the root (after decoding and after
// following symlinks), so «..», encoded «%2e%2e%2f» and links out of the folder all give 404.
import { createReadStream, readFileSync, promises as fs, type Stats } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { isEmbedPath, policyFiles, securityHeaders } from '../domain/security/headers.ts';

export type HeadersFor = (pathname: string) => Record<string, string>;

/**
 * The security headers of the built site's pages, with the policy the build wrote: the same a
 * deployment behind nginx sends. A site without the policy files was not built by this project.
 */
export function siteHeaders(root: string): HeadersFor {
  const read = (file: string) => {
    try {
      return readFileSync(path.join(root, file), 'utf8').trim();
    } catch {
      throw new Error(
        `${path.join(root, file)} не найден: это не сборка портала (соберите сайт: npm run build -- --local)`,
      );
    }
  };
  const site = securityHeaders(read(policyFiles.site));
  const embed = securityHeaders(read(policyFiles.embed));
  return (pathname) => (isEmbedPath(pathname) ? embed : site);
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.map': 'application/json; charset=utf-8',
};

export const contentTypeOf = (file: string): string =>
  contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';

type Resolved =
  | { kind: 'file'; file: string; stats: Stats }
  | { kind: 'redirect'; location: string }
  | { kind: 'missing' };

const within = (root: string, target: string) =>
  target === root || target.startsWith(root + path.sep);

async function statInside(
  root: string,
  target: string,
): Promise<{ real: string; stats: Stats } | undefined> {
  try {
    const real = await fs.realpath(target);
    return within(root, real) ? { real, stats: await fs.stat(real) } : undefined;
  } catch {
    return undefined;
  }
}

async function resolvePath(root: string, url: URL): Promise<Resolved> {
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return { kind: 'missing' };
  }
  const target = path.resolve(root, `.${pathname}`);
  if (pathname.includes('\0') || !within(root, target)) return { kind: 'missing' };
  const found = await statInside(root, target);
  if (!found) return { kind: 'missing' };
  if (found.stats.isFile()) return { kind: 'file', file: found.real, stats: found.stats };
  // Directory URLs end in «/» so relative links in index.html resolve against the directory.
  // Leading slashes are collapsed so «//host» can never become an off-site redirect.
  if (!url.pathname.endsWith('/'))
    return { kind: 'redirect', location: `/${url.pathname.replace(/^\/+/, '')}/${url.search}` };
  const index = await statInside(root, path.join(found.real, 'index.html'));
  return index?.stats.isFile()
    ? { kind: 'file', file: index.real, stats: index.stats }
    : { kind: 'missing' };
}

function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  file: string,
  stats: Stats,
  headers: Record<string, string>,
  status = 200,
): void {
  res.writeHead(status, {
    ...headers,
    'Content-Type': contentTypeOf(file),
    'Content-Length': stats.size,
  });
  if (req.method === 'HEAD') res.end();
  else
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
}

async function sendNotFound(
  req: IncomingMessage,
  res: ServerResponse,
  root: string,
  headers: Record<string, string>,
): Promise<void> {
  const page = await statInside(root, path.join(root, '404.html'));
  if (page?.stats.isFile()) return sendFile(req, res, page.real, page.stats, headers, 404);
  res
    .writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' })
    .end('Страница не найдена');
}

/** Serves GET and HEAD from the site root; `root` must already be a real (symlink-free) path. */
export async function serveStatic(
  req: IncomingMessage,
  res: ServerResponse,
  root: string,
  url: URL,
  headers: Record<string, string>,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res
      .writeHead(405, {
        ...headers,
        Allow: 'GET, HEAD',
        'Content-Type': 'text/plain; charset=utf-8',
      })
      .end('Метод не поддерживается');
    return;
  }
  const resolved = await resolvePath(root, url);
  if (resolved.kind === 'file') return sendFile(req, res, resolved.file, resolved.stats, headers);
  if (resolved.kind === 'redirect') {
    res.writeHead(301, { ...headers, Location: resolved.location }).end();
    return;
  }
  return sendNotFound(req, res, root, headers);
}
