// Evaluation results arrive as operators' CSV files. All files are read before anything is
// stored: one bad row anywhere fails the build with every problem listed, and nothing
// half-imported reaches the site.
import fs from 'node:fs';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { formatImportErrors, importResultsCsv, type ImportError } from '../domain/csv/index.ts';

export function resultsCsvLoader(dir: string): Loader {
  return {
    name: 'results-csv',
    load: async ({ store, parseData }) => {
      const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.csv')).sort() : [];
      const errors: ImportError[] = [];
      const entries: { id: string; filePath: string; data: Record<string, unknown> }[] = [];
      for (const file of files) {
        const filePath = path.join(dir, file);
        const result = importResultsCsv(fs.readFileSync(filePath), path.relative(process.cwd(), filePath));
        if (!result.ok) {
          errors.push(...result.errors);
          continue;
        }
        const stem = file.replace(/\.csv$/, '');
        result.rows.forEach((row, i) => entries.push({ id: `${stem}-${i + 1}`, filePath: path.relative(process.cwd(), filePath), data: row }));
      }
      if (errors.length > 0) throw new Error(formatImportErrors(errors));
      store.clear();
      for (const entry of entries) {
        store.set({ id: entry.id, filePath: entry.filePath, data: await parseData({ id: entry.id, data: entry.data }) });
      }
    },
  };
}
