// The organization finder island: sphere, region (and municipality where the region's list is
// split or long), then part of the name. The names of that one region are downloaded and ranked
// in the browser (fuse.js, src/domain/organizations/finder.ts) at every keystroke.
import { useEffect, useMemo, useState } from 'react';
import type { OrganizationFinder as Finder } from '../../domain/organizations/finder.ts';
import {
  finderShardPath,
  type FinderRegion,
  type FinderShard,
} from '../../domain/organizations/finderShards.ts';
import { sphereSlug } from '../../domain/questionnaire/sphereSlugs.ts';
import type { Sphere } from '../../domain/schemas/common.ts';
import { sphereName } from '../../lib/labels.ts';
import { plural } from '../../lib/format.ts';
import { reactIsland } from '../island.ts';
import { FinderResults } from './FinderResults.tsx';
import { FinderSelect } from './FinderSelect.tsx';
import { loadShard } from './shards.ts';

export interface OrganizationFinderProps {
  regions: FinderRegion[];
  /** Base URL of the finder's files (/anketa/spisok/). */
  shardBaseUrl: string;
  /** Base URL of organization pages (/organizatsii/). */
  organizationBaseUrl: string;
  /** Each sphere's questionnaire page (base included), for «?org=<id>». */
  surveyPages: Record<Sphere, string>;
}

const LIMIT = 10;
/** Screen readers hear the count once typing pauses, not at every letter. */
const ANNOUNCE_DELAY_MS = 600;

type Loaded =
  | { path: string; status: 'loading' }
  | { path: string; status: 'error' }
  | { path: string; status: 'ready'; shard: FinderShard; finder: Finder };

function summary(query: string, loaded: Loaded | null, found: number): string {
  if (loaded === null) return 'Выберите сферу и регион.';
  if (loaded.status === 'loading') return 'Загружаем список организаций…';
  if (loaded.status === 'error')
    return 'Не удалось загрузить список организаций. Проверьте подключение к интернету и попробуйте ещё раз.';
  if (query.trim() === '') return 'Введите часть названия организации.';
  if (found === 0) return 'Ничего не найдено. Проверьте название или выберите другой регион.';
  return `${plural(found, ['Найдена', 'Найдены', 'Найдено'])} ${found}${found === LIMIT ? ' лучших' : ''} ${plural(found, ['организация', 'организации', 'организаций'])}.`;
}

function OrganizationFinder({
  regions,
  shardBaseUrl,
  organizationBaseUrl,
  surveyPages,
}: OrganizationFinderProps) {
  const [mounted, setMounted] = useState(false);
  const [sphere, setSphere] = useState<Sphere | undefined>();
  const [regionId, setRegionId] = useState<string | undefined>();
  const [municipality, setMunicipality] = useState<string | undefined>();
  const [query, setQuery] = useState('');
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [announced, setAnnounced] = useState('');

  useEffect(() => setMounted(true), []);
  const inSphere =
    sphere === undefined ? [] : regions.filter((r) => r.spheres[sphere] !== undefined);
  const region = inSphere.find((r) => r.id === regionId);
  const entry = sphere === undefined ? undefined : region?.spheres[sphere];
  // A split region is one file per municipality, so its municipality must be chosen first.
  const path =
    region && sphere && entry && (!entry.split || municipality)
      ? finderShardPath(region.id, sphereSlug[sphere], entry.split ? municipality : undefined)
      : null;

  const load = (p: string) => {
    setLoaded({ path: p, status: 'loading' });
    // fuse.js comes with the first file: a visitor who never chooses a region never downloads it.
    Promise.all([loadShard(shardBaseUrl, p), import('../../domain/organizations/finder.ts')]).then(
      ([shard, { OrganizationFinder: Finder }]) =>
        setLoaded((now) =>
          now?.path === p ? { path: p, status: 'ready', shard, finder: new Finder(shard) } : now,
        ),
      () => setLoaded((now) => (now?.path === p ? { path: p, status: 'error' } : now)),
    );
  };
  useEffect(() => (path === null ? setLoaded(null) : load(path)), [path]);

  const ready = loaded?.status === 'ready' ? loaded : null;
  const withinIndex =
    ready && !entry?.split && municipality !== undefined
      ? ready.shard.municipalities.findIndex(([id]) => id === municipality)
      : -1;
  const hits = useMemo(
    () =>
      ready
        ? ready.finder.search(query, {
            limit: LIMIT,
            municipality: withinIndex >= 0 ? withinIndex : undefined,
          })
        : [],
    [ready, query, withinIndex],
  );

  const text = summary(query, loaded, hits.length);
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(text), ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const municipalities: [string, string][] = entry?.split
    ? entry.municipalities.map(([id, name]) => [id, name])
    : (ready?.shard.municipalities ?? []);
  return (
    <div className="finder" hidden={!mounted}>
      <form role="search" aria-label="Поиск организации" onSubmit={(e) => e.preventDefault()}>
        <div className="finder-choices">
          <FinderSelect
            id="finder-sphere"
            label="Сфера"
            value={sphere}
            empty="Выберите сферу"
            choices={(Object.keys(sphereName) as Sphere[]).map((s) => ({
              value: s,
              label: sphereName[s],
            }))}
            onChange={(v) => (setSphere(v as Sphere | undefined), setMunicipality(undefined))}
          />
          <FinderSelect
            id="finder-region"
            label="Регион"
            value={region?.id}
            empty="Выберите регион"
            disabled={sphere === undefined}
            choices={inSphere.map((r) => ({ value: r.id, label: r.name }))}
            onChange={(v) => (setRegionId(v), setMunicipality(undefined))}
          />
          {municipalities.length > 1 && (
            <FinderSelect
              id="finder-municipality"
              label="Муниципальное образование"
              value={municipality}
              empty={entry?.split ? 'Выберите муниципальное образование' : 'Все'}
              choices={municipalities.map(([value, label]) => ({ value, label }))}
              onChange={setMunicipality}
            />
          )}
        </div>
        <label htmlFor="finder-name" className="finder-label">
          Название организации
        </label>
        <p id="finder-hint" className="muted">
          Можно часть названия, с опечатками и сокращениями: «школа 5», «СОШ № 5», «ДК Берёзовский».
        </p>
        <input
          id="finder-name"
          type="search"
          autoComplete="off"
          spellCheck={false}
          aria-describedby="finder-hint"
          disabled={ready === null}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      </form>
      <p className="finder-summary" role="status" aria-live="polite" aria-atomic="true">
        {announced}
      </p>
      {loaded?.status === 'error' && (
        <button type="button" className="finder-retry" onClick={() => load(loaded.path)}>
          Повторить
        </button>
      )}
      {ready && sphere && hits.length > 0 && (
        <FinderResults
          hits={hits}
          municipalities={ready.shard.municipalities}
          organizationHref={(id) => `${organizationBaseUrl}${id}/`}
          surveyHref={(id) => `${surveyPages[sphere]}?org=${encodeURIComponent(id)}`}
        />
      )}
    </div>
  );
}

export default reactIsland(OrganizationFinder);
