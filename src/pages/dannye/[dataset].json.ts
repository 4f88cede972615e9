import type { APIRoute } from 'astro';
import type { DatasetId } from '../../domain/opendata/datasets.ts';
import { jsonArrayChunks } from '../../domain/opendata/csv.ts';
import { datasetPaths, datasetRows, jsonHeaders, streamedResponse } from '../../lib/openData.ts';

export const getStaticPaths = datasetPaths;

export const GET: APIRoute = async ({ params }) =>
  streamedResponse(jsonArrayChunks(await datasetRows(params.dataset as DatasetId)), jsonHeaders);
