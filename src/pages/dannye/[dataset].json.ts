import type { APIRoute } from 'astro';
import type { DatasetId } from '../../domain/opendata/datasets.ts';
import { datasetPaths, datasetRows, jsonHeaders } from '../../lib/openData.ts';

export const getStaticPaths = datasetPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(await datasetRows(params.dataset as DatasetId), null, 1), { headers: jsonHeaders });
