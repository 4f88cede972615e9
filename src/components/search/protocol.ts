// Messages between the search page and its worker.
import type { SearchResponse } from '../../domain/search/engine.ts';
import type { SearchFilters } from '../../domain/search/filters.ts';
import type { IndexMeta, IndexMunicipality } from '../../domain/search/format.ts';

/** What the filters offer, from the index's meta file. */
export type FilterOptions = Pick<IndexMeta, 'kinds' | 'spheres' | 'years' | 'regions' | 'levels'>;

export type WorkerRequest =
  | { id: number; type: 'options'; base: string }
  | { id: number; type: 'municipalities'; base: string; region: string }
  | {
      id: number;
      type: 'search';
      base: string;
      query: string;
      filters: SearchFilters;
      limit: number;
    };

export type WorkerReply =
  | { id: number; ok: true; value: FilterOptions | IndexMunicipality[] | SearchResponse }
  | { id: number; ok: false; error: string };
