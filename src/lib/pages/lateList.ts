// Route data of /plany-ustraneniya/prosrocheno/[<region>/][<sphere>/][<n>/]: one static page per
// filter and page of the late list, with the links that narrow or widen it, prepared from the
// content index in one tested function (tests/pages); the page only renders it.
import type { ContentIndex } from '../../domain/contentIndex.ts';
import {
  filterPath,
  latePages,
  lateRows,
  type LateFilter,
  type LatePage,
} from '../../domain/progress/index.ts';
import { spheres, sphereNames, type Sphere } from '../../domain/vocabulary.ts';
import { plansOf } from '../improvement.ts';
import { url } from '../url.ts';

type Region = NonNullable<LateFilter['region']>;

export interface LateListProps {
  page: LatePage;
  /** Every filter path that has a page: a filter link is offered only where its page exists. */
  paths: string[];
  regions: Region[];
}

export function lateListPaths(site: ContentIndex) {
  const rows = [...site.improvementPlansByOrganization.keys()].flatMap((id) =>
    plansOf(id, site).flat(),
  );
  const pages = latePages(lateRows(rows), site);
  const paths = [...new Set(pages.map((p) => p.path))];
  const regions = [
    ...new Map(
      pages.flatMap((p) => (p.filter.region ? [[p.filter.region.id, p.filter.region]] : [])),
    ).values(),
  ].sort((a, b) => a.data.name.localeCompare(b.data.name, 'ru'));
  return pages.map((page) => ({
    params: { filter: page.path || undefined },
    props: { page, paths, regions } satisfies LateListProps,
  }));
}

const href = (filter: LateFilter, n = 1) => {
  const path = filterPath(filter, n);
  return url(`/plany-ustraneniya/prosrocheno/${path}${path ? '/' : ''}`);
};

export function lateListPage(site: ContentIndex, { page, paths, regions }: LateListProps) {
  const { region, sphere } = page.filter;
  const exists = new Set(paths);
  const scope = [region?.data.name, sphere && sphereNames[sphere]].filter(Boolean).join(', ');
  const title = `Просроченные мероприятия планов по устранению недостатков${scope ? `: ${scope}` : ''}`;
  const option = (filter: LateFilter, name: string, current: boolean) => ({
    name,
    href: href(filter),
    current,
  });
  return {
    page,
    title,
    documentTitle: page.pages > 1 ? `${title} — страница ${page.page}` : title,
    caption: `${title}${page.pages > 1 ? `, страница ${page.page}` : ''}`,
    asOf: site.asOf,
    /** The unfiltered list, linked from the breadcrumbs of a filtered page. */
    allHref: region || sphere ? href({ region: null, sphere: null }) : null,
    regionOptions: [null, ...regions]
      .filter((r) => exists.has(filterPath({ region: r, sphere })))
      .map((r) => option({ region: r, sphere }, r?.data.name ?? 'Все', r?.id === region?.id)),
    sphereOptions: ([null, ...spheres] as (Sphere | null)[])
      .filter((s) => exists.has(filterPath({ region, sphere: s })))
      .map((s) => option({ region, sphere: s }, s ? sphereNames[s] : 'Все', s === sphere)),
    pageLinks: Array.from({ length: page.pages }, (_, i) => ({
      n: i + 1,
      href: href(page.filter, i + 1),
      current: i + 1 === page.page,
    })),
    territoryName: (id: string) => site.territoryById.get(id)?.data.name ?? id,
  };
}
