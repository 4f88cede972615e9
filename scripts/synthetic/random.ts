// A seeded generator, so the same seed always writes the same country byte for byte.
// mulberry32: tiny, fast and good enough for test data (not for anything secret).

export interface Random {
  /** Uniform in [0, 1). */
  next: () => number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  /** A child stream: its draws do not shift the parent's, so adding one field keeps others stable. */
  fork(label: string): Random;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)]!,
    chance: (p) => next() < p,
    fork: (label) => createRandom(hash(`${seed}:${label}`)),
  };
  return random;
}

/** FNV-1a: turns a label into a seed. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Splits `total` into `parts` whole shares with Zipf-like weights 1/rank^s, ranks shuffled so the
 * biggest share does not always fall on the first part. Every part gets at least `min`.
 */
export function zipfShares(random: Random, total: number, parts: number, s: number, min = 0): number[] {
  const ranks = shuffle(random, Array.from({ length: parts }, (_, i) => i + 1));
  const weights = ranks.map((r) => 1 / r ** s);
  const sum = weights.reduce((a, b) => a + b, 0);
  const free = Math.max(0, total - min * parts);
  const shares = weights.map((w) => min + Math.floor((free * w) / sum));
  // Hand out what flooring lost, largest weights first, so the shares add up exactly.
  const order = weights.map((w, i) => [w, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  let left = Math.max(0, total - shares.reduce((a, b) => a + b, 0));
  for (let k = 0; left > 0; k = (k + 1) % parts, left--) shares[order[k]![1]]! += 1;
  return shares;
}

export function shuffle<T>(random: Random, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}
