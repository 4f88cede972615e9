// Finding the index's stems near a query word that has none of its own: a completion while the
// word is still being typed, or a misspelling of one letter (the first one too).

/** True when b differs from a by at most one insertion, deletion, substitution or swap of neighbours. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  const restA = a.slice(i);
  const restB = b.slice(i);
  if (a.length === b.length) {
    return (
      restA.slice(1) === restB.slice(1) ||
      (restA[0] === restB[1] && restA[1] === restB[0] && restA.slice(2) === restB.slice(2))
    );
  }
  return a.length > b.length ? restA.slice(1) === restB : restA === restB.slice(1);
}

/** First index in sorted `list` whose item is not below `key` (code unit order, as the index is sorted). */
export function lowerBound(list: readonly string[], key: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Stems that start with the typed prefix, shortest (closest to what was typed) first. */
export function completions(
  dictionary: readonly string[],
  prefix: string,
  limit: number,
): string[] {
  const out: string[] = [];
  for (
    let i = lowerBound(dictionary, prefix);
    i < dictionary.length && dictionary[i]!.startsWith(prefix);
    i += 1
  )
    out.push(dictionary[i]!);
  return out.sort((a, b) => a.length - b.length || (a < b ? -1 : 1)).slice(0, limit);
}

const setCache = new WeakMap<readonly string[], Set<string>>();

const alphabetOf = (word: string) =>
  /^[а-я]+$/.test(word)
    ? 'абвгдежзийклмнопрстуфхцчшщъыьэюя'
    : 'abcdefghijklmnopqrstuvwxyz0123456789';

/** Every string one deletion, swap, substitution or insertion away from `word`. */
function oneEditNeighbours(word: string): Set<string> {
  const letters = alphabetOf(word);
  const out = new Set<string>();
  for (let i = 0; i <= word.length; i += 1) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) out.add(head + tail.slice(1));
    if (tail.length > 1) out.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const c of letters) {
      if (tail) out.add(head + c + tail.slice(1));
      out.add(head + c + tail);
    }
  }
  out.delete(word);
  return out;
}

/**
 * Stems one edit away from `stem` in the given dictionaries. The ~66·n neighbours of the stem are
 * looked up in a set per dictionary: microseconds, where fuse.js's approximate matching over the
 * 5,000 stems of one letter at national scale took 18–50 ms a word (measured), over a frame.
 * Which dictionaries can hold a stem's neighbours is the caller's choice (see typoDictionaries).
 */
export function misspellings(
  dictionaries: readonly (readonly string[])[],
  stem: string,
  limit: number,
): string[] {
  const sets = dictionaries.map(setOf);
  const found: string[] = [];
  for (const candidate of oneEditNeighbours(stem))
    if (sets.some((known) => known.has(candidate))) found.push(candidate);
  return found
    .sort(
      (a, b) =>
        Math.abs(a.length - stem.length) - Math.abs(b.length - stem.length) || (a < b ? -1 : 1),
    )
    .slice(0, limit);
}

function setOf(dictionary: readonly string[]): Set<string> {
  let known = setCache.get(dictionary);
  if (!known) setCache.set(dictionary, (known = new Set(dictionary)));
  return known;
}

/** A dictionary file of the index: stems by their first letter, or by their second. */
export interface DictionaryKey {
  position: 0 | 1;
  letter: string;
}

/**
 * Where the stems one edit from `stem` that change its first letter live. A substituted first
 * letter keeps the second (second-letter file of stem[1]); a lost first letter makes the stem's
 * first letter the word's second (second-letter file of stem[0]); an extra or swapped first
 * letter makes stem[1] the word's first (first-letter file of stem[1]). Every other edit keeps
 * the first letter, so the first-letter file of stem[0] holds it.
 */
export function typoDictionaries(stem: string): DictionaryKey[] {
  const [first, second] = [...stem];
  if (first === undefined) return [];
  const keys: DictionaryKey[] = [{ position: 1, letter: first }];
  if (second !== undefined)
    keys.push({ position: 1, letter: second }, { position: 0, letter: second });
  return keys;
}
