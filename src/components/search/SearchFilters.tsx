import type { SearchFilters as Filters } from '../../domain/search/filters.ts';
import type { IndexMunicipality } from '../../domain/search/format.ts';
import type { RecordKind } from '../../domain/search/record.ts';
import type { Sphere, Territory } from '../../domain/schemas/index.ts';
import { sphereName } from '../../lib/labels.ts';
import { kindName, levelFilterName } from './labels.ts';
import type { FilterOptions } from './protocol.ts';

interface Props {
  options: FilterOptions | null;
  municipalities: IndexMunicipality[];
  filters: Filters;
  onChange: (filters: Filters) => void;
}

interface Choice {
  value: string;
  label: string;
}

function Select({
  id,
  label,
  value,
  choices,
  onChange,
}: {
  id: string;
  label: string;
  value: string | undefined;
  choices: Choice[];
  onChange: (v: string | undefined) => void;
}) {
  return (
    <div className="search-filter">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}
      >
        <option value="">Все</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}

const yearsOf = (years: FilterOptions['years']): Choice[] =>
  years
    ? Array.from({ length: years.to - years.from + 1 }, (_, i) => String(years.from + i)).map(
        (y) => ({ value: y, label: y }),
      )
    : [];

/** Level, territory, year, sphere and kind of record; a municipality list appears once a region is chosen. */
export function SearchFilters({ options, municipalities, filters, onChange }: Props) {
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  const levels = (Object.keys(levelFilterName) as Territory['level'][]).filter(
    (l) => (options?.levels[l]?.length ?? 0) > 0,
  );
  return (
    <fieldset className="search-filters">
      <legend>Уточнить поиск</legend>
      <Select
        id="f-level"
        label="Уровень"
        value={filters.level}
        choices={levels.map((l) => ({ value: l, label: levelFilterName[l] }))}
        onChange={(v) => set({ level: v as Territory['level'] | undefined })}
      />
      <Select
        id="f-region"
        label="Субъект Российской Федерации"
        value={filters.region}
        choices={(options?.regions ?? []).map((r) => ({ value: r.id, label: r.name }))}
        onChange={(v) => set({ region: v, municipality: undefined })}
      />
      {municipalities.length > 0 && (
        <Select
          id="f-municipality"
          label="Муниципальное образование"
          value={filters.municipality}
          choices={municipalities.map((m) => ({ value: m.id, label: m.name }))}
          onChange={(v) => set({ municipality: v })}
        />
      )}
      <Select
        id="f-year"
        label="Год"
        value={filters.year?.toString()}
        choices={yearsOf(options?.years ?? null)}
        onChange={(v) => set({ year: v === undefined ? undefined : Number(v) })}
      />
      <Select
        id="f-sphere"
        label="Сфера"
        value={filters.sphere}
        choices={(options?.spheres ?? []).map((s) => ({ value: s, label: sphereName[s] }))}
        onChange={(v) => set({ sphere: v as Sphere | undefined })}
      />
      <Select
        id="f-kind"
        label="Вид записи"
        value={filters.kind}
        choices={(options?.kinds ?? []).map((k) => ({ value: k, label: kindName[k] }))}
        onChange={(v) => set({ kind: v as RecordKind | undefined })}
      />
    </fieldset>
  );
}
