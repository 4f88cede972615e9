// The answer's client id. crypto.randomUUID exists only in secure contexts (HTTPS, localhost);
// a portal served over plain HTTP still needs an id, and getRandomValues is available there.

/** RFC 9562 version 4 UUID from 16 random bytes. */
export function uuidFromBytes(bytes: Uint8Array): string {
  if (bytes.length !== 16) throw new Error(`uuidFromBytes: expected 16 bytes, got ${bytes.length}`);
  const b = Uint8Array.from(bytes);
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function newAnswerId(
  crypto: Pick<Crypto, 'getRandomValues'> & { randomUUID?: () => string },
): string {
  return crypto.randomUUID?.() ?? uuidFromBytes(crypto.getRandomValues(new Uint8Array(16)));
}
