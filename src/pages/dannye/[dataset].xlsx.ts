// A collection of the open data as a citizen's .xlsx: Russian titles and words, numbers as numbers.
import type { APIRoute } from 'astro';
import type { DatasetId } from '../../domain/opendata/datasets.ts';
import { datasetTablePaths, datasetTable, tableResponse } from '../../lib/tables.ts';

export const getStaticPaths = datasetTablePaths;

export const GET: APIRoute = async ({ params }) =>
  tableResponse(await datasetTable(params.dataset as DatasetId), 'xlsx');
