// The kinds of records the search covers. Improvement plans join by adding their builder here.
import type { ContentIndex } from '../../contentIndex.ts';
import type { IndexTerritory, SearchRecord } from '../record.ts';
import { actRecords } from './acts.ts';
import type { RecordBuilder } from './builder.ts';
import { measureRecords } from './measures.ts';
import { meetingRecords } from './meetings.ts';
import { organizationRecords } from './organizations.ts';
import { pageRecords } from './pages.ts';
import { planRecords } from './plans.ts';
import { coverageTargetRecords, resultRecords } from './results.ts';

export const recordBuilders: RecordBuilder[] = [
  pageRecords,
  measureRecords,
  planRecords,
  actRecords,
  meetingRecords,
  organizationRecords,
  resultRecords,
  coverageTargetRecords,
];

export function buildRecords(site: ContentIndex): SearchRecord[] {
  return recordBuilders.flatMap((build) => build(site));
}

export function indexTerritories(site: ContentIndex): IndexTerritory[] {
  return site.graph.territories.map(({ id, data }) => ({
    id,
    name: data.name,
    level: data.level,
    parent: data.parent,
  }));
}
