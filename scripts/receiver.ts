// Runs the survey receiver (and, with --static, the built site).
//   npx node scripts/receiver.ts --db data/answers.sqlite --port 4321 [--static dist]
//        [--origins https://a.example,https://b.example] [--trust-proxy] [--host 127.0.0.1]
//        [--rate-burst 30] [--rate-per-minute 30] [--no-rate-limit]
// Environment fallbacks: NOK_DB, PORT, NOK_STATIC, NOK_ALLOWED_ORIGINS, NOK_TRUST_PROXY, NOK_HOST.
import { parseArgs } from 'node:util';
import { createReceiver, defaultRateLimit } from '../src/receiver/index.ts';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string' },
    static: { type: 'string' },
    origins: { type: 'string' },
    'trust-proxy': { type: 'boolean' },
    'rate-burst': { type: 'string' },
    'rate-per-minute': { type: 'string' },
    'no-rate-limit': { type: 'boolean' },
  },
  strict: true,
});

const env = process.env;
const truthy = (v: string | undefined) => v !== undefined && ['1', 'true', 'yes'].includes(v.toLowerCase());

function nonNegativeInt(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name}: expected a non-negative integer, got «${raw}»`);
  return n;
}

const dbPath = values.db ?? env['NOK_DB'] ?? 'data/answers.sqlite';
const port = nonNegativeInt('--port', values.port ?? env['PORT'], 4321);
const host = values.host ?? env['NOK_HOST'] ?? '127.0.0.1';
const staticDir = values.static ?? env['NOK_STATIC'];
const origins = (values.origins ?? env['NOK_ALLOWED_ORIGINS'] ?? '').split(',').map((o) => o.trim()).filter(Boolean);
const rateLimit = values['no-rate-limit']
  ? false
  : {
      burst: nonNegativeInt('--rate-burst', values['rate-burst'], defaultRateLimit.burst),
      perMinute: nonNegativeInt('--rate-per-minute', values['rate-per-minute'], defaultRateLimit.perMinute),
    };

const server = createReceiver({
  dbPath,
  allowedOrigins: origins,
  trustProxy: values['trust-proxy'] ?? truthy(env['NOK_TRUST_PROXY']),
  rateLimit,
  ...(staticDir ? { staticDir } : {}),
});

server.listen(port, host, () => {
  const address = server.address();
  const shown = typeof address === 'object' && address ? `${address.address}:${address.port}` : String(address);
  console.log(`receiver: listening on http://${shown} (db ${dbPath}${staticDir ? `, site ${staticDir}` : ''})`);
});

// Graceful stop: no new connections, idle keep-alive sockets closed, in-flight requests finish
// (each INSERT is synchronous, so nothing is half-written), then the database is closed.
function shutdown(signal: string): void {
  console.log(`receiver: ${signal}, stopping`);
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => process.exit(1), 10_000).unref();
}
process.once('SIGTERM', () => shutdown('SIGTERM'));
process.once('SIGINT', () => shutdown('SIGINT'));
