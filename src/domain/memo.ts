/**
 * A one-argument function with its results remembered, up to `limit` distinct arguments. For Intl
 * formatting: a national build formats the same few thousand numbers and dates millions of times,
 * and ICU formatting is what costs.
 */
export function memoized<K, V>(fn: (key: K) => V, limit = 100_000): (key: K) => V {
  const seen = new Map<K, V>();
  return (key) => {
    if (seen.has(key)) return seen.get(key)!;
    const value = fn(key);
    if (seen.size < limit) seen.set(key, value);
    return value;
  };
}
