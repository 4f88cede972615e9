// The same measures and statuses as a citizen's .xlsx.
import type { APIRoute } from 'astro';
import { improvementTablePaths, improvementTable, tableResponse } from '../../lib/tables.ts';

export const getStaticPaths = improvementTablePaths;

export const GET: APIRoute = async ({ params }) =>
  tableResponse(await improvementTable(String(params.territory)), 'xlsx');
