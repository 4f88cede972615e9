// The tables and charts of a territory's results page as CSV: every result, the distribution of totals, the means by sphere.
import type { APIRoute } from 'astro';
import type { ResultsCsv } from '../../../../lib/downloads.ts';
import { resultsTablePaths, resultsTable, tableResponse } from '../../../../lib/tables.ts';

export const getStaticPaths = resultsTablePaths;

export const GET: APIRoute = async ({ params }) =>
  tableResponse(await resultsTable(String(params.territory), params.table as ResultsCsv), 'csv');
