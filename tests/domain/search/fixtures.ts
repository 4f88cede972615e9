// Small hand-made records and an engine over them, read from memory instead of the network.
import {
  buildSearchIndex,
  defaultIndexOptions,
  type IndexOptions,
} from '../../../src/domain/search/build.ts';
import { SearchEngine } from '../../../src/domain/search/engine.ts';
import type { IndexTerritory, SearchRecord } from '../../../src/domain/search/record.ts';

export const territories: IndexTerritory[] = [
  { id: 'rf', name: 'Российская Федерация', level: 'federal' },
  { id: 'altay', name: 'Республика Алтай', level: 'regional', parent: 'rf' },
  { id: 'choya', name: 'Чойский район', level: 'municipal', parent: 'altay' },
  { id: 'tatarstan', name: 'Республика Татарстан', level: 'regional', parent: 'rf' },
];

export function record(
  partial: Partial<SearchRecord> & Pick<SearchRecord, 'href' | 'text'>,
): SearchRecord {
  return {
    kind: 'measure',
    title: 'Пункт',
    details: [],
    context: '',
    territory: 'tatarstan',
    years: { from: 2018, to: 2021 },
    spheres: ['social'],
    ...partial,
  };
}

/** An engine over the records, counting which files a query downloaded. */
export async function engineOver(
  records: SearchRecord[],
  options: IndexOptions = defaultIndexOptions,
) {
  const index = buildSearchIndex(records, territories, options);
  const loaded: string[] = [];
  const engine = await SearchEngine.open(async (file) => {
    loaded.push(file);
    if (!index.files.has(file)) throw new Error(`no file ${file}`);
    return structuredClone(index.files.get(file));
  });
  return { engine, index, loaded };
}
