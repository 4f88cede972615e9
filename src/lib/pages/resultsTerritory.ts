// Route data of /rezultaty/<territory>/: the territory's results grouped by method and year, each
// group's first page of rows (or, when too long, the territories to look in), prepared from the
// content index in one tested function (tests/pages); the page only renders it.
import type { ContentIndex } from '../../domain/contentIndex.ts';
import {
  groupResults,
  organizationsWithin,
  resultsPages,
  resultsWithin,
  tabled,
  type ResultGroup,
  type ResultsPage,
} from '../../domain/results/index.ts';
import { ancestorsOf } from '../../domain/territories.ts';
import { resultsCsvHref } from '../downloads.ts';
import { url } from '../url.ts';

export const resultsTerritoryPaths = (site: ContentIndex) =>
  site.resultTerritories.map((t) => ({ params: { id: t.id } }));

/** Page 2 and on of every group's table (page 1 is on the territory's results page). */
export const resultsPagePaths = (site: ContentIndex) =>
  site.resultTerritories.flatMap((t) =>
    groupResults(resultsWithin(t.id, site))
      .filter(tabled)
      .flatMap((g) => resultsPages(g).slice(1))
      .map((page) => ({
        params: { id: t.id, group: page.group.id, page: String(page.page) },
        props: { page },
      })),
  );

export function resultsTerritoryPage(site: ContentIndex, territoryId: string) {
  const territory = site.territoryById.get(territoryId)!;
  const results = resultsWithin(territory.id, site);
  const children = site.childrenByTerritory.get(territory.id) ?? [];
  return {
    territory,
    trail: [...ancestorsOf(territory.id, site), territory].map((a) => ({
      name: a.data.name,
      href: url(`/territorii/${a.id}/`),
    })),
    assessed: new Set(results.map((r) => r.organizationId)).size,
    /** The count includes organizations of the territories within it. */
    below: children.length > 0,
    groups: groupResults(results).map((group): { group: ResultGroup; firstPage?: ResultsPage } =>
      tabled(group) ? { group, firstPage: resultsPages(group)[0]! } : { group },
    ),
    /** Where the rows of a group too long for one table are: the territories within, with results. */
    childrenWithResults: children
      .filter((c) => site.resultTerritoryIds.has(c.id))
      .map((c) => ({ name: c.data.name, href: url(`/rezultaty/${c.id}/`) })),
    csv: {
      results: resultsCsvHref(territory.id, 'rezultaty', site),
      distribution: resultsCsvHref(territory.id, 'raspredelenie', site),
      means: resultsCsvHref(territory.id, 'srednie', site),
    },
    files: [
      ...new Set([
        ...organizationsWithin(territory.id, site).map((o) => o.filePath),
        ...results.map((r) => r.filePath),
      ]),
    ],
  };
}
