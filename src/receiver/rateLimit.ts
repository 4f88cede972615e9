// Per-client token bucket. The key (an IP address) lives only in this in-memory map and is
// never written anywhere: storing it with answers would make them personal data (152-ФЗ).
import type { IncomingMessage } from 'node:http';

export interface RateLimitOptions {
  /** Requests a client may send at once. */
  burst: number;
  /** Tokens returned per minute. */
  perMinute: number;
}

/** 30 answers at once, then one every two seconds: far above a person, far below a flood. */
export const defaultRateLimit: RateLimitOptions = { burst: 30, perMinute: 30 };

export type Take = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  at: number;
}

// Past this many clients the map is swept of full buckets, then trimmed oldest first down to
// `trimTo`, so a flood of spoofed keys cannot grow memory without bound; trimming below the
// limit keeps sweeps rare (amortized O(1) per request) rather than one per request.
const maxClients = 50_000;
const trimTo = 45_000;

export function createRateLimiter(options: RateLimitOptions, now: () => number = Date.now) {
  const buckets = new Map<string, Bucket>();
  const perMs = options.perMinute / 60_000;
  const refill = (b: Bucket, t: number) => Math.min(options.burst, b.tokens + (t - b.at) * perMs);

  function sweep(t: number): void {
    for (const [key, b] of buckets) if (refill(b, t) >= options.burst) buckets.delete(key);
    for (const key of buckets.keys()) {
      if (buckets.size <= trimTo) break;
      buckets.delete(key);
    }
  }

  return {
    take(key: string): Take {
      const t = now();
      if (buckets.size >= maxClients) sweep(t);
      const bucket = buckets.get(key);
      const tokens = bucket ? refill(bucket, t) : options.burst;
      if (tokens < 1) {
        buckets.set(key, { tokens, at: t });
        return {
          allowed: false,
          retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)),
        };
      }
      buckets.delete(key); // re-insert so Map order stays «least recently seen first»
      buckets.set(key, { tokens: tokens - 1, at: t });
      return { allowed: true };
    },
    size: () => buckets.size,
  };
}

/** The socket peer, or behind a trusted proxy the last X-Forwarded-For hop (the one our proxy added). */
export function clientKey(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = req.headers['x-forwarded-for'];
  const header = Array.isArray(forwarded) ? forwarded.join(',') : forwarded;
  const lastHop = header?.split(',').at(-1)?.trim();
  return trustProxy && lastHop ? lastHop : (req.socket.remoteAddress ?? 'unknown');
}
