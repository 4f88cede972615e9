// Every improvement-plan measure of a territory (with the territories within it) and its status as of the build date, as CSV.
import type { APIRoute } from 'astro';
import { improvementTablePaths, improvementTable, tableResponse } from '../../lib/tables.ts';

export const getStaticPaths = improvementTablePaths;

export const GET: APIRoute = async ({ params }) =>
  tableResponse(await improvementTable(String(params.territory)), 'csv');
