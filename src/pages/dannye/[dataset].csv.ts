// A collection of the open data as CSV (machine-readable; its citizen's copy is the .xlsx beside it).
import type { APIRoute } from 'astro';
import type { DatasetId } from '../../domain/opendata/datasets.ts';
import { datasetTablePaths, datasetTable, tableResponse } from '../../lib/tables.ts';

export const getStaticPaths = datasetTablePaths;

export const GET: APIRoute = async ({ params }) =>
  tableResponse(await datasetTable(params.dataset as DatasetId), 'csv');
