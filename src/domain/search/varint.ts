// Postings travel as text: unsigned integers in 6-bit characters (5 bits of value, 1 bit "more
// follows"), from a JSON- and URL-safe alphabet. Three times smaller than JSON number arrays
// before gzip, and decoding is a table lookup per character.
const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const valueOf = new Int8Array(128).fill(-1);
for (let i = 0; i < alphabet.length; i += 1) valueOf[alphabet.charCodeAt(i)] = i;

export function encodeVarints(values: Iterable<number>): string {
  let out = '';
  for (let v of values) {
    if (!Number.isInteger(v) || v < 0)
      throw new Error(`varint: ${v} is not a non-negative integer`);
    while (v >= 32) {
      out += alphabet[32 | (v & 31)];
      v = Math.floor(v / 32);
    }
    out += alphabet[v];
  }
  return out;
}

export function decodeVarints(text: string): number[] {
  const out: number[] = [];
  let value = 0;
  let scale = 1;
  for (let i = 0; i < text.length; i += 1) {
    const c = valueOf[text.charCodeAt(i)] ?? -1;
    if (c < 0) throw new Error(`varint: unexpected character «${text[i]}» at ${i}`);
    value += (c & 31) * scale;
    if (c & 32) scale *= 32;
    else {
      out.push(value);
      value = 0;
      scale = 1;
    }
  }
  return out;
}

/** Run-length coding for facet codes: records of one plan share kind, years and spheres. */
export function encodeRuns(values: number[]): string {
  const pairs: number[] = [];
  for (let i = 0; i < values.length;) {
    let j = i + 1;
    while (j < values.length && values[j] === values[i]) j += 1;
    pairs.push(j - i, values[i]!);
    i = j;
  }
  return encodeVarints(pairs);
}

export function decodeRuns(text: string): Int32Array {
  const pairs = decodeVarints(text);
  let length = 0;
  for (let i = 0; i < pairs.length; i += 2) length += pairs[i]!;
  const out = new Int32Array(length);
  let at = 0;
  for (let i = 0; i < pairs.length; i += 2) {
    out.fill(pairs[i + 1]!, at, at + pairs[i]!);
    at += pairs[i]!;
  }
  return out;
}
