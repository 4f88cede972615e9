// The page's side of the worker: one request, one promise.
import type { SearchResponse } from '../../domain/search/engine.ts';
import type { SearchFilters } from '../../domain/search/filters.ts';
import type { IndexMunicipality } from '../../domain/search/format.ts';
import type { FilterOptions, WorkerReply, WorkerRequest } from './protocol.ts';

type Body = WorkerRequest extends infer R
  ? R extends WorkerRequest
    ? Omit<R, 'id' | 'base'>
    : never
  : never;

export class SearchClient {
  private readonly worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  private readonly pending = new Map<
    number,
    { resolve: (v: unknown) => void; reject: (e: Error) => void }
  >();
  private next = 0;
  private readonly base: string;

  constructor(base: string) {
    this.base = base;
    this.worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      const waiter = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (reply.ok) waiter?.resolve(reply.value);
      else waiter?.reject(new Error(reply.error));
    };
  }

  private send<T>(body: Body): Promise<T> {
    const id = (this.next += 1);
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.worker.postMessage({ ...body, id, base: this.base });
    });
  }

  options = () => this.send<FilterOptions>({ type: 'options' });
  municipalities = (region: string) =>
    this.send<IndexMunicipality[]>({ type: 'municipalities', region });
  search = (query: string, filters: SearchFilters, limit: number) =>
    this.send<SearchResponse>({ type: 'search', query, filters, limit });

  close(): void {
    this.worker.terminate();
  }
}
