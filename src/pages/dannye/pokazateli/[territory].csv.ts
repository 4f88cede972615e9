// Coverage targets of one territory as CSV: the same rows its table and chart show.
import type { APIRoute } from 'astro';
import { coverageTablePaths, coverageTable, tableResponse } from '../../../lib/tables.ts';

export const getStaticPaths = coverageTablePaths;

export const GET: APIRoute = async ({ params }) =>
  tableResponse(await coverageTable(String(params.territory)), 'csv');
