// Matching runs here, off the main thread, so typing never waits for a query.
import { SearchEngine } from '../../domain/search/engine.ts';
import type { WorkerRequest } from './protocol.ts';

let engine: Promise<SearchEngine> | undefined;

function open(base: string): Promise<SearchEngine> {
  engine ??= SearchEngine.open(async (file) => {
    const response = await fetch(`${base}search-index/${file}.json`);
    if (!response.ok) throw new Error(`${file}.json: HTTP ${response.status}`);
    return response.json();
  });
  // A failed first download (offline) must not stick: the next request tries again.
  engine.catch(() => (engine = undefined));
  return engine;
}

async function handle(request: WorkerRequest): Promise<unknown> {
  const search = await open(request.base);
  if (request.type === 'options') {
    const { kinds, spheres, years, regions, levels } = search.meta;
    return { kinds, spheres, years, regions, levels };
  }
  if (request.type === 'municipalities') return search.municipalities(request.region);
  return search.search(request.query, request.filters, request.limit);
}

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const { id } = event.data;
  try {
    self.postMessage({ id, ok: true, value: await handle(event.data) });
  } catch (error) {
    self.postMessage({
      id,
      ok: false,
      error: error instanceof Error ? error.message : String(error),
    });
  }
};
