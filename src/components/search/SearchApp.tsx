// The search island: the form, the filters and the results. Matching happens in a worker; this
// component only keeps the state, the address and what is announced.
import { startTransition, useEffect, useRef, useState } from 'react';
import type { SearchResponse } from '../../domain/search/engine.ts';
import type { SearchFilters as Filters } from '../../domain/search/filters.ts';
import type { IndexMunicipality } from '../../domain/search/format.ts';
import { plural } from '../../lib/format.ts';
import { SearchClient } from './client.ts';
import type { FilterOptions } from './protocol.ts';
import { SearchFilters } from './SearchFilters.tsx';
import { SearchResults } from './SearchResults.tsx';
import { readState, writeState } from '../../domain/search/urlState.ts';
import { reactIsland } from '../island.ts';

const PAGE = 20;
/** Screen readers hear the count once typing pauses, not at every letter. */
const ANNOUNCE_DELAY_MS = 600;

type Status = 'loading' | 'ready' | 'error';

function summary(query: string, status: Status, response: SearchResponse | null): string {
  if (status === 'error')
    return 'Не удалось загрузить указатель поиска. Проверьте подключение к интернету и обновите страницу.';
  if (query.trim() === '') return 'Введите слово или несколько слов.';
  if (response === null) return 'Ищем…';
  const n = response.total;
  if (n === 0) return 'Ничего не найдено. Проверьте написание или уберите часть фильтров.';
  const found = `${plural(n, ['Найдена', 'Найдены', 'Найдено'])} ${n} ${plural(n, ['запись', 'записи', 'записей'])}`;
  const readAs =
    response.readAs === undefined
      ? ''
      : ` по запросу «${response.readAs}» (так набранный текст читается в русской раскладке клавиатуры)`;
  return response.partial
    ? `${found}${readAs}, где есть только часть слов запроса.`
    : `${found}${readAs}.`;
}

function SearchApp() {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const client = useRef<SearchClient | null>(null);
  const latest = useRef(0);
  const [mounted, setMounted] = useState(false);
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<Filters>({});
  const [limit, setLimit] = useState(PAGE);
  const [options, setOptions] = useState<FilterOptions | null>(null);
  const [municipalities, setMunicipalities] = useState<IndexMunicipality[]>([]);
  const [response, setResponse] = useState<SearchResponse | null>(null);
  const [status, setStatus] = useState<Status>('loading');
  const [announced, setAnnounced] = useState('');

  useEffect(() => {
    const state = readState(location.search);
    setQuery(state.query);
    setFilters(state.filters);
    client.current = new SearchClient(base);
    client.current.options().then(
      (o) => (setOptions(o), setStatus('ready')),
      () => setStatus('error'),
    );
    setMounted(true);
    return () => client.current?.close();
  }, [base]);

  useEffect(() => {
    if (!mounted) return;
    history.replaceState(null, '', `${location.pathname}${writeState({ query, filters })}`);
    const id = (latest.current += 1);
    if (query.trim() === '') return void setResponse(null);
    client.current!.search(query, filters, limit).then(
      (r) => id === latest.current && startTransition(() => setResponse(r)),
      () => id === latest.current && setStatus('error'),
    );
  }, [mounted, query, filters, limit]);

  useEffect(() => {
    if (!mounted || filters.region === undefined) return void setMunicipalities([]);
    client
      .current!.municipalities(filters.region)
      .then(setMunicipalities, () => setMunicipalities([]));
  }, [mounted, filters.region]);

  const text = summary(query, status, response);
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(text), ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const changeQuery = (value: string) => {
    setQuery(value);
    setLimit(PAGE);
  };
  const changeFilters = (next: Filters) => {
    setFilters(next);
    setLimit(PAGE);
  };

  return (
    <div className="search-app" hidden={!mounted}>
      <form role="search" aria-label="Поиск по порталу" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="search-query" className="search-label">
          Что найти
        </label>
        <p id="search-hint" className="muted">
          Слова можно писать в любой форме: «анкеты» найдёт и «анкета», и «анкету». Опечатка в одной
          букве допускается, и текст, набранный в английской раскладке, тоже найдётся.
        </p>
        <input
          id="search-query"
          type="search"
          name="q"
          autoComplete="off"
          spellCheck={false}
          aria-describedby="search-hint"
          value={query}
          onChange={(e) => changeQuery(e.target.value)}
        />
        <SearchFilters
          options={options}
          municipalities={municipalities}
          filters={filters}
          onChange={changeFilters}
        />
      </form>
      <h2 className="visually-hidden">Результаты</h2>
      <p className="search-summary" role="status" aria-live="polite" aria-atomic="true">
        {announced}
      </p>
      {response && response.hits.length > 0 && <SearchResults hits={response.hits} base={base} />}
      {response && response.total > response.hits.length && (
        <button type="button" className="search-more" onClick={() => setLimit((l) => l + PAGE)}>
          Показать ещё {Math.min(PAGE, response.total - response.hits.length)}
        </button>
      )}
    </div>
  );
}

export default reactIsland(SearchApp);
