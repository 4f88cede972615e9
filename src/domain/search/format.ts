// The files the search index is made of, shared by the build (writes) and the engine (reads).
import type { Sphere, Territory } from '../schemas/index.ts';
import type { RecordKind, SearchRecord } from './record.ts';

/** Where a term occurs in a record, best first: its own words, its details, its plan or territory name. */
export const fieldWeights = [0.35, 1, 2] as const;
export type FieldClass = 0 | 1 | 2;

/** Up to this many word forms per stem are told apart, for the bonus of an exact form match. */
export const MAX_TRACKED_FORMS = 29;

/** A range of record ids [start, end). Records are ordered by territory, depth first. */
export type IdRange = [start: number, end: number];

export interface IndexRegion {
  id: string;
  name: string;
  /** Records of the region and of the territories within it. */
  range: IdRange;
  /** Whether a municipalities file m-<id> exists. */
  hasMunicipalities: boolean;
}

export interface IndexMunicipality {
  id: string;
  name: string;
  range: IdRange;
}

export interface IndexMeta {
  version: 1;
  records: number;
  /** Records per record file r<n>, and facet codes per facet file f<n> (run-length coded). */
  recordBlock: number;
  facetBlock: number;
  /** Term files t<n>: file n holds the terms from termShards[n] up to termShards[n + 1]. */
  termShards: string[];
  /** First letters that have a dictionary file d<hex code>. */
  dictLetters: string;
  /** Second letters that have a dictionary file d2-<hex code> (stems by their second letter, for typos in the first). */
  dictSecondLetters: string;
  kinds: RecordKind[];
  spheres: Sphere[];
  years: { from: number; to: number } | null;
  levels: Partial<Record<Territory['level'], IdRange[]>>;
  regions: IndexRegion[];
}

/** A term file: stem → [its forms separated by spaces, postings]. */
export type TermShard = Record<string, [forms: string, postings: string]>;

/** A record as shown in the results (what is matched is in the term files; filters are in meta and facets). */
export type StoredRecord = Pick<
  SearchRecord,
  'kind' | 'href' | 'title' | 'text' | 'details' | 'context'
>;

/** Longest main text kept for showing a snippet; the full text is one click away. */
export const STORED_TEXT_LIMIT = 600;

// A facet code packs what the kind, year and sphere filters need into one integer:
// bits 0-3 kind, bits 4-7 spheres, bits 8-30 years from meta.years.from (kept below the sign bit).
export const MAX_YEARS = 23;
export const facetCode = (kind: number, sphereMask: number, yearMask: number): number =>
  kind | (sphereMask << 4) | (yearMask << 8);
export const facetKind = (code: number): number => code & 15;
export const facetSpheres = (code: number): number => (code >>> 4) & 15;
export const facetYears = (code: number): number => code >>> 8;

/** The dictionary file of stems whose letter at `position` (0: first, 1: second) is `letter`. */
export const dictFile = (letter: string, position: 0 | 1 = 0): string =>
  `d${position === 0 ? '' : '2-'}${letter.codePointAt(0)!.toString(16)}`;
