// The query and filters live in the address, so a search can be shared, bookmarked and reloaded.
import type { SearchFilters } from './filters.ts';
import { recordKinds } from './record.ts';
import { levelOrder, sphereOrder } from './vocabulary.ts';

export interface SearchState {
  query: string;
  filters: SearchFilters;
}

// Parameter names in the address, in the site's transliterated style.
const keys = {
  level: 'uroven',
  region: 'region',
  municipality: 'mo',
  year: 'god',
  sphere: 'sfera',
  kind: 'vid',
} as const;

const oneOf = <T extends string>(list: readonly T[], value: string | null): T | undefined =>
  list.includes(value as T) ? (value as T) : undefined;
const slug = (value: string | null) =>
  value !== null && /^[a-z0-9-]+$/.test(value) ? value : undefined;
const year = (value: string | null) =>
  value !== null && /^\d{4}$/.test(value) ? Number(value) : undefined;

/** Reads the state from a query string; unknown or malformed values are ignored, not guessed. */
export function readState(search: string): SearchState {
  const p = new URLSearchParams(search);
  const get = (k: keyof typeof keys) => p.get(keys[k]);
  const region = slug(get('region'));
  return {
    query: p.get('q') ?? '',
    filters: {
      level: oneOf(levelOrder, get('level')),
      region,
      municipality: region === undefined ? undefined : slug(get('municipality')),
      year: year(get('year')),
      sphere: oneOf(sphereOrder, get('sphere')),
      kind: oneOf(recordKinds, get('kind')),
    },
  };
}

/** The query string for a state, with empty values left out («?q=анкеты&vid=measure»). */
export function writeState(state: SearchState): string {
  const p = new URLSearchParams();
  if (state.query.trim() !== '') p.set('q', state.query);
  for (const [k, name] of Object.entries(keys) as [keyof typeof keys, string][]) {
    const value = state.filters[k];
    if (value !== undefined) p.set(name, String(value));
  }
  const text = p.toString();
  return text === '' ? '' : `?${text}`;
}
