// Shared by the download endpoints and the «Открытые данные» page, so counts always match files.
import { z } from 'zod';
import { datasets, rowsOf, type DatasetId } from '../domain/opendata/datasets.ts';
import { rowSchemas } from '../domain/opendata/rows.ts';
import { loadSite } from './site.ts';

export const datasetPaths = () => datasets.map((d) => ({ params: { dataset: d.id } }));

export async function datasetRows(id: DatasetId) {
  const site = await loadSite();
  // Validating on the way out keeps the downloads true to their published schema.
  return z.array(rowSchemas[id]).parse(rowsOf(id, site));
}

export const csvHeaders = { 'Content-Type': 'text/csv; charset=utf-8' };
export const jsonHeaders = { 'Content-Type': 'application/json; charset=utf-8' };

/**
 * A download handed to Astro piece by piece, text pieces encoded when they are read: the national
 * files never exist as one string or buffer (see csvChunks, xlsxChunks).
 */
export function streamedResponse(
  pieces: Iterable<string | Uint8Array>,
  headers: Record<string, string>,
): Response {
  const iterator = pieces[Symbol.iterator]();
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = iterator.next();
      if (next.done) controller.close();
      else
        controller.enqueue(
          typeof next.value === 'string' ? encoder.encode(next.value) : next.value,
        );
    },
  });
  return new Response(body, { headers });
}
