// Parsed registers hold hundreds of thousands of strings, most of them repeated (criterion codes,
// positions, standard shortcomings and measures) and each one a slice of its whole file's text:
// V8 keeps a file's source alive while any slice of it lives. At national scale that was most of
// the build's heap, and a big heap makes every major GC slower. A pool keeps one flat copy of
// each distinct string, so the file texts can be collected and repeats cost nothing.

export interface StringPool {
  /** The same value with every string replaced by the pool's copy; arrays and plain objects are rewritten in place. */
  intern<T>(value: T): T;
  /** How many distinct strings the pool holds. */
  readonly size: number;
}

export function createStringPool(): StringPool {
  const strings = new Map<string, string>();
  const internString = (s: string): string => {
    let kept = strings.get(s);
    if (kept === undefined) {
      // A JSON round trip is the portable way to get a flat copy that owns its characters.
      kept = JSON.parse(JSON.stringify(s)) as string;
      strings.set(kept, kept);
    }
    return kept;
  };
  const intern = (value: unknown): unknown => {
    if (typeof value === 'string') return internString(value);
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) value[i] = intern(value[i]);
    } else if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
      const record = value as Record<string, unknown>;
      for (const key of Object.keys(record)) record[key] = intern(record[key]);
    }
    return value;
  };
  return {
    intern: <T>(value: T) => intern(value) as T,
    get size() {
      return strings.size;
    },
  };
}
