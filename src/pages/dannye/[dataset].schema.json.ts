// JSON Schema of each dataset, generated from the same zod schema that validates it.
import type { APIRoute } from 'astro';
import { z } from 'zod';
import { datasets, type DatasetId } from '../../domain/opendata/datasets.ts';
import { rowSchemas } from '../../domain/opendata/rows.ts';
import { datasetPaths, jsonHeaders } from '../../lib/openData.ts';

export const getStaticPaths = datasetPaths;

export const GET: APIRoute = ({ params }) => {
  const id = params.dataset as DatasetId;
  const dataset = datasets.find((d) => d.id === id)!;
  const schema = {
    title: dataset.title,
    description: dataset.description,
    type: 'array',
    items: z.toJSONSchema(rowSchemas[id], { io: 'output', unrepresentable: 'any' }),
  };
  return new Response(JSON.stringify(schema, null, 1), { headers: jsonHeaders });
};
