import type { ContentIndex } from '../../contentIndex.ts';
import type { Entry } from '../../content/graph.ts';
import { coverageByYear, groupResults, resultsWithin } from '../../results/index.ts';
import type { Territory } from '../../schemas/index.ts';
import type { SearchRecord } from '../record.ts';
import { territoryContext, type RecordBuilder } from './builder.ts';

const yearsOf = (years: number[]): SearchRecord['years'] =>
  years.length === 0 ? null : { from: Math.min(...years), to: Math.max(...years) };

/** A territory's results page, and its «Охват оценкой» section: what was assessed, by method and year. */
function territoryResults(site: ContentIndex, territory: Entry<Territory>): SearchRecord[] {
  const results = resultsWithin(territory.id, site);
  const groups = groupResults(results);
  const years = yearsOf(groups.flatMap((g) => (g.year === null ? [] : [g.year])));
  const spheres = [...new Set(results.map((r) => r.sphere))];
  const base = {
    territory: territory.id,
    context: territoryContext(site, territory.id),
    spheres,
    years,
  };
  const assessed = new Set(results.map((r) => r.organizationId)).size;
  const coverage = coverageByYear(territory.id, site);
  return [
    {
      ...base,
      kind: 'result',
      href: `/rezultaty/${territory.id}/`,
      title: `Результаты независимой оценки: ${territory.data.name}`,
      text: groups.map((g) => `${g.method.title}: ${g.year ?? 'год не указан'}`).join('; '),
      details: [{ label: 'Организаций с результатами оценки', value: String(assessed) }],
    },
    {
      ...base,
      kind: 'coverage',
      href: `/rezultaty/${territory.id}/#coverage`,
      title: `Охват оценкой: ${territory.data.name}`,
      text: coverage
        .map((c) => `${c.year}: оценено ${c.assessed} из ${c.known} организаций, известных порталу`)
        .join('; '),
      details: [],
    },
  ];
}

/** Results pages of every territory that has results in or below it. */
export const resultRecords: RecordBuilder = (site) =>
  site.resultTerritories.flatMap((t) => territoryResults(site, t));

/** The «Целевые показатели» section of a territory page: the indicators its plans set, year by year. */
export const coverageTargetRecords: RecordBuilder = (site) =>
  [...site.targetsByTerritory].map(([territoryId, targets]): SearchRecord => ({
    kind: 'coverage',
    href: `/territorii/${territoryId}/#targets`,
    title: `Целевые показатели: ${territoryContext(site, territoryId)}`,
    text: targets.map((t) => t.data.indicatorAsWritten).join('; '),
    details: [],
    context: territoryContext(site, territoryId),
    territory: territoryId,
    years: yearsOf(targets.flatMap((t) => t.data.values.map((v) => v.year))),
    spheres: [
      ...new Set(targets.flatMap((t) => site.planById.get(t.data.plan)?.data.spheres ?? [])),
    ],
  }));
