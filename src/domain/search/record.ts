// What the index knows about one place a reader can be sent to.
import type { Sphere, Territory } from '../schemas/index.ts';

/**
 * Kinds of records, in the order results of equal score within one territory are shown: the
 * portal's own pages (the questionnaire) first, since a reader asking for «анкета» wants to answer it.
 */
export const recordKinds = [
  'page',
  'measure',
  'plan',
  'act',
  'meeting',
  'organization',
  'result',
  'coverage',
  'improvement',
] as const;
export type RecordKind = (typeof recordKinds)[number];

export interface RecordDetail {
  label: string;
  value: string;
}

/**
 * One search record. `title` and `text` are matched with full weight, `details` with less,
 * `context` (plan and territory names) with least: a hit on the measure's own words ranks above
 * a hit on the name of its plan.
 */
export interface SearchRecord {
  kind: RecordKind;
  /** Site path without the base, with the exact anchor: /plany/x/#measure-1-1 */
  href: string;
  title: string;
  text: string;
  details: RecordDetail[];
  context: string;
  territory: string;
  /** Years the record concerns, inclusive; null when it is not bound to years (an organization). */
  years: { from: number; to: number } | null;
  spheres: Sphere[];
}

/** A territory as the index needs it: to order records and to offer filters. */
export interface IndexTerritory {
  id: string;
  name: string;
  level: Territory['level'];
  parent?: string | undefined;
}
