// Windows-1251 bytes, as old Excel exports them. Node can decode this encoding but not encode
// it, so the table is the decoder's, inverted.
const decoder = new TextDecoder('windows-1251');
const table = new Map<string, number>();
for (let byte = 0; byte < 256; byte++) table.set(decoder.decode(new Uint8Array([byte])), byte);

export function encodeWindows1251(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  let i = 0;
  for (const char of text) {
    const byte = table.get(char);
    if (byte === undefined) throw new Error(`символ «${char}» не представим в Windows-1251`);
    out[i++] = byte;
  }
  return out.subarray(0, i);
}
