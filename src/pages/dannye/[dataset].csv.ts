import type { APIRoute } from 'astro';
import type { DatasetId } from '../../domain/opendata/datasets.ts';
import { rowsToCsvChunks } from '../../domain/opendata/csv.ts';
import { rowSchemas } from '../../domain/opendata/rows.ts';
import { csvHeaders, datasetPaths, datasetRows, streamedResponse } from '../../lib/openData.ts';

export const getStaticPaths = datasetPaths;

export const GET: APIRoute = async ({ params }) => {
  const id = params.dataset as DatasetId;
  return streamedResponse(rowsToCsvChunks(rowSchemas[id], await datasetRows(id)), csvHeaders);
};
