import type { SearchRecord } from '../record.ts';
import { details, territoryContext, type RecordBuilder } from './builder.ts';

/** Organizations subject to the assessment, linked to their own pages. */
export const organizationRecords: RecordBuilder = (site) =>
  site.graph.organizations.map(({ id, data: org }): SearchRecord => ({
    kind: 'organization',
    href: `/organizatsii/${id}/`,
    title: org.name,
    text: org.shortName ?? '',
    details: details([['Сайт', org.website]]),
    context: territoryContext(site, org.territory),
    territory: org.territory,
    years: null,
    spheres: [org.sphere],
  }));
