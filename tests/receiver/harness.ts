// Starts a real receiver on 127.0.0.1:0, on a temp SQLite file or a fresh database of a
// throw-away PostgreSQL (one server per test file, started on first use), and speaks raw HTTP to it.
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { afterAll } from 'vitest';
import { scratchStore, type AnswersTable, type StoreKind } from '../../scripts/bench/stores.ts';
import { organizationsFile } from '../../src/config/settings.ts';
import type { Sphere } from '../../src/domain/schemas/common.ts';
import {
  createReceiver,
  loadOrganizations,
  openAnswerStore,
  type ReceiverOptions,
} from '../../src/receiver/index.ts';
import { stopSharedPostgres } from '../helpers/postgres.ts';

export { storeKinds } from '../../scripts/bench/stores.ts';

/** The organizations of the fixtures in tests/domain/questionnaire/fixtures.ts. */
export const fixtureOrganizations: ReadonlyMap<string, Sphere> = new Map([
  ['gbuz-bolnica-1', 'health'],
]);

/** The test file's PostgreSQL, started by the first test that needs it, stopped after the file. */
afterAll(stopSharedPostgres);

export interface Running extends Pick<AnswersTable, 'rows' | 'columns'> {
  port: number;
  /** The SQLite file, for the tests of what only a file can suffer (removed, replaced, disk full). */
  dbPath: string | undefined;
  url: string | undefined;
  stop(): Promise<void>;
}

export async function startReceiver(
  options: Partial<ReceiverOptions> = {},
  kind: StoreKind = 'sqlite',
): Promise<Running> {
  const scratch = await scratchStore(kind, options.dbPath);
  const { table } = scratch;
  const store = await openAnswerStore(scratch.location);
  // A receiver serving a site takes that site's list, as scripts/receiver.ts does.
  const organizations = options.staticDir
    ? loadOrganizations(path.join(options.staticDir, organizationsFile))
    : fixtureOrganizations;
  const server = createReceiver({ rateLimit: false, organizations, ...options, store });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    port,
    dbPath: kind === 'sqlite' ? scratch.where : undefined,
    url: kind === 'postgres' ? scratch.where : undefined,
    rows: () => table.rows(),
    columns: () => table.columns(),
    stop: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await table.close();
    },
  };
}

export interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  json: () => ReplyBody;
}

/** What the receiver answers in JSON: an acceptance, or the errors field by field. */
export interface ReplyBody {
  id?: string;
  status?: string;
  message?: string;
  errors: { field: string | null; message: string }[];
}

export interface SendOptions {
  method?: string;
  path?: string;
  headers?: Record<string, string | number>;
  body?: string | Buffer;
  /** Send the body in pieces with Transfer-Encoding: chunked, stopping when the reply arrives. */
  chunks?: Buffer[];
}

/** One request on a fresh connection; errors after the reply (EPIPE on an unread body) are ignored. */
export function send(port: number, options: SendOptions = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    let replied = false;
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'POST',
        path: options.path ?? '/api/answers',
        headers: options.headers,
        agent: false,
      },
      (res) => {
        replied = true;
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (text += d));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text,
            json: () => JSON.parse(text) as ReplyBody,
          }),
        );
        res.on('error', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text,
            json: () => JSON.parse(text) as ReplyBody,
          }),
        );
      },
    );
    req.on('error', (error) => (replied ? undefined : reject(error)));
    if (options.chunks) void writeChunks(req, options.chunks, () => replied);
    else req.end(options.body);
  });
}

async function writeChunks(
  req: http.ClientRequest,
  chunks: Buffer[],
  stop: () => boolean,
): Promise<void> {
  for (const chunk of chunks) {
    if (stop() || req.destroyed) return;
    if (!req.write(chunk)) await new Promise((r) => req.once('drain', r).once('close', r));
    await new Promise((r) => setTimeout(r, 1));
  }
  if (!req.destroyed) req.end();
}

export const postJson = (port: number, body: unknown, headers: Record<string, string> = {}) =>
  send(port, {
    body: JSON.stringify(body),
    headers: { 'Content-Type': 'application/json', ...headers },
  });

/** A raw request line, for paths a URL-normalizing client would rewrite («/../», «%2e%2e»). */
export function rawGet(port: number, target: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () =>
      socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`),
    );
    let data = '';
    socket.setEncoding('utf8');
    socket.on('data', (d: string) => (data += d));
    socket.on('end', () => resolve({ status: Number(data.split(' ')[1]), text: data }));
    socket.on('error', reject);
  });
}
