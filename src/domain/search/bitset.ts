// Record sets as bitsets (one bit per record id): a query's words are intersected, counted and
// narrowed by filters a machine word (32 records) at a time, whatever the size of their postings.

export const wordsFor = (records: number): number => (records + 31) >>> 5;

export function bitsetOf(docs: Int32Array, records: number): Uint32Array {
  const bits = new Uint32Array(wordsFor(records));
  for (let i = 0; i < docs.length; i += 1) bits[docs[i]! >>> 5]! |= 1 << (docs[i]! & 31);
  return bits;
}

export function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 63;
}

export function countBits(bits: Uint32Array): number {
  let n = 0;
  for (let i = 0; i < bits.length; i += 1) if (bits[i] !== 0) n += popcount(bits[i]!);
  return n;
}

/** Clears the bits of ids in [from, to). */
export function clearBits(bits: Uint32Array, from: number, to: number): void {
  for (let d = from; d < to && (d & 31) !== 0; d += 1) bits[d >>> 5]! &= ~(1 << (d & 31));
  let d = Math.max(from, (from + 31) & ~31);
  for (; d + 32 <= to; d += 32) bits[d >>> 5] = 0;
  for (; d < to; d += 1) bits[d >>> 5]! &= ~(1 << (d & 31));
}

/** Keeps only the ids within the sorted, disjoint ranges. */
export function keepRanges(
  bits: Uint32Array,
  ranges: readonly (readonly [number, number])[],
): void {
  let at = 0;
  for (const [start, end] of ranges) {
    clearBits(bits, at, start);
    at = Math.max(at, end);
  }
  clearBits(bits, at, bits.length * 32);
}

/** Whether any id in [from, to) is set. */
export function anyBit(bits: Uint32Array, from: number, to: number): boolean {
  for (let d = from; d < to;) {
    if ((d & 31) === 0 && d + 32 <= to) {
      if (bits[d >>> 5] !== 0) return true;
      d += 32;
    } else {
      if ((bits[d >>> 5]! >>> (d & 31)) & 1) return true;
      d += 1;
    }
  }
  return false;
}

/** out = AND over groups of (OR over the group's bitsets); returns how many bits are set. */
export function intersectUnions(
  groups: readonly (readonly { bits: Uint32Array }[])[],
  out: Uint32Array,
  union: Uint32Array,
): number {
  groups.forEach((group, g) => {
    const target = g === 0 ? out : union;
    target.set(group[0]!.bits);
    for (let i = 1; i < group.length; i += 1) orInto(target, group[i]!.bits);
    if (g > 0) andInto(out, union);
  });
  return groups.length === 0 ? 0 : countBits(out);
}

export function orInto(target: Uint32Array, bits: Uint32Array): void {
  for (let i = 0; i < target.length; i += 1) target[i]! |= bits[i]!;
}

export function andInto(target: Uint32Array, bits: Uint32Array): void {
  for (let i = 0; i < target.length; i += 1) target[i]! &= bits[i]!;
}
