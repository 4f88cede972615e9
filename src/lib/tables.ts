// Every table download of the site, once: the rows and schema of each, for its two files — the
// machine-readable CSV and the citizen's .xlsx (src/domain/opendata/citizen.ts) — so the two
// never disagree. The routes (*.csv.ts, *.xlsx.ts) only pick a table and a format.
import type { GetStaticPaths } from 'astro';
import type { z } from 'zod';
import { coverageRows, coverageRowSchema } from '../domain/coverage/rows.ts';
import type { ContentIndex } from '../domain/contentIndex.ts';
import { citizenTable } from '../domain/opendata/citizen.ts';
import { rowsToCsvChunks } from '../domain/opendata/csv.ts';
import { datasets, type DatasetId } from '../domain/opendata/datasets.ts';
import { rowSchemas } from '../domain/opendata/rows.ts';
import { xlsxChunks } from '../domain/opendata/xlsx.ts';
import { improvementRecord, improvementRowSchema } from '../domain/progress/index.ts';
import {
  distributionRowSchema,
  distributionRows,
  groupResults,
  resultRow,
  resultRowSchema,
  resultsWithin,
  sphereMeanRowSchema,
  sphereMeanRows,
} from '../domain/results/index.ts';
import { rowsWithin } from './improvement.ts';
import { hasOwnFullDownloads, type ResultsCsv } from './downloads.ts';
import { csvHeaders, datasetPaths, datasetRows, streamedResponse } from './openData.ts';
import { loadSite } from './site.ts';

export interface Table {
  /** Sheet name of the .xlsx. */
  title: string;
  schema: z.ZodObject<z.ZodRawShape>;
  rows: object[];
}

export type TableFormat = 'csv' | 'xlsx';

const territoryName = (site: ContentIndex, id: string) =>
  site.territoryById.get(id)?.data.name ?? id;

export async function tableResponse(table: Table, format: TableFormat): Promise<Response> {
  if (format === 'csv')
    return streamedResponse(rowsToCsvChunks(table.schema, table.rows), csvHeaders);
  const site = await loadSite();
  const citizen = citizenTable(table.schema, table.rows, {
    territoryName: (id) => site.territoryById.get(id)?.data.name,
  });
  return streamedResponse(xlsxChunks(citizen, table.title), {
    'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
}

/** /dannye/<dataset>: a collection of the open data. */
export const datasetTablePaths = datasetPaths;
export async function datasetTable(id: DatasetId): Promise<Table> {
  return {
    title: datasets.find((d) => d.id === id)!.title,
    schema: rowSchemas[id],
    rows: await datasetRows(id),
  };
}

/** /dannye/pokazateli/<territory>: coverage targets of a territory, the rows its table and chart show. */
export const coverageTablePaths = (async () => {
  const site = await loadSite();
  return [...site.targetsByTerritory.keys()].map((territory) => ({ params: { territory } }));
}) satisfies GetStaticPaths;
export async function coverageTable(territory: string): Promise<Table> {
  const site = await loadSite();
  const targets = site.targetsByTerritory.get(territory) ?? [];
  return {
    title: `Показатели — ${territoryName(site, territory)}`,
    schema: coverageRowSchema,
    rows: targets.flatMap((t) => coverageRows(t.data)),
  };
}

/** /dannye/rezultaty/<territory>/<table>: the tables and charts of a territory's results page. */
const resultTables: Record<
  ResultsCsv,
  { title: string; table: (id: string, site: ContentIndex) => Omit<Table, 'title'> }
> = {
  rezultaty: {
    title: 'Результаты',
    table: (id, site) => ({
      schema: resultRowSchema,
      rows: resultsWithin(id, site).map((r) => resultRow(r, site)),
    }),
  },
  raspredelenie: {
    title: 'Распределение',
    table: (id, site) => ({
      schema: distributionRowSchema,
      rows: distributionRows(groupResults(resultsWithin(id, site))),
    }),
  },
  srednie: {
    title: 'Средние',
    table: (id, site) => ({
      schema: sphereMeanRowSchema,
      rows: sphereMeanRows(groupResults(resultsWithin(id, site))),
    }),
  },
};
export const resultsTablePaths = (async () => {
  const site = await loadSite();
  // The whole country's full table would repeat /dannye/scores (see downloads.ts).
  return site.resultTerritories.flatMap((t) =>
    (Object.keys(resultTables) as ResultsCsv[])
      .filter((table) => table !== 'rezultaty' || hasOwnFullDownloads(t.id, site))
      .map((table) => ({ params: { territory: t.id, table } })),
  );
}) satisfies GetStaticPaths;
export async function resultsTable(territory: string, table: ResultsCsv): Promise<Table> {
  const site = await loadSite();
  const { title, table: build } = resultTables[table];
  return { title: `${title} — ${territoryName(site, territory)}`, ...build(territory, site) };
}

/** /plany-ustraneniya/<territory>: every improvement-plan measure within a territory, with its status. */
export const improvementTablePaths = (async () => {
  const site = await loadSite();
  return [...site.territoriesWithPlans]
    .filter((id) => hasOwnFullDownloads(id, site))
    .map((territory) => ({ params: { territory } }));
}) satisfies GetStaticPaths;
export async function improvementTable(territory: string): Promise<Table> {
  const site = await loadSite();
  return {
    title: `Устранение недостатков — ${territoryName(site, territory)}`,
    schema: improvementRowSchema,
    rows: rowsWithin(territory, site).map(improvementRecord),
  };
}
