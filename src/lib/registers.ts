// The operator-delivered registers — organizations, operators' assessment inputs, results CSVs
// and improvement plans — read straight from the content tree rather than through Astro's
// content layer. At national scale they are about half a million entries; the content layer
// digests and stores every one, serializes the store and compiles it back as a module for the
// pages, which at 10 % of the country already cost ~25 s of a 260 s build and grew with size.
// Same files, same zod schemas, same all-or-nothing rule: any bad file fails the build, named.
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import {
  formatImportErrors,
  importResultsCsv,
  type ImportError,
  type PublishedResult,
} from '../domain/csv/index.ts';
import { formatSchemaProblems, parseYamlEntry } from '../domain/content/yamlEntry.ts';
import type { Entry, IntegrityProblem } from '../domain/content/graph.ts';
import type { StringPool } from '../domain/content/stringPool.ts';
import { contentError } from './contentError.ts';

const relative = (file: string) => path.relative(process.cwd(), file);

const filesIn = (dir: string, extension: string) =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => f.endsWith(extension))
        .sort()
    : [];

/** Every `*.yaml` file of a folder as entries, their strings kept in `pool`; each bad file's problems go to `problems`. */
export function readYamlFolder<S extends z.ZodType>(
  dir: string,
  schema: S,
  problems: IntegrityProblem[],
  pool: StringPool,
): Entry<z.output<S>>[] {
  const entries: Entry<z.output<S>>[] = [];
  for (const file of filesIn(dir, '.yaml')) {
    const filePath = path.join(dir, file);
    const result = parseYamlEntry(fs.readFileSync(filePath, 'utf8'), relative(filePath), schema);
    if (result.ok) entries.push({ ...result.entry, data: pool.intern(result.entry.data) });
    else problems.push(...result.problems);
  }
  return entries;
}

/** Fails with every problem at once, so an editor fixes all files in one pass. */
export function throwIfProblems(problems: IntegrityProblem[]): void {
  if (problems.length > 0) throw contentError(formatSchemaProblems(problems));
}

/** Every row of every results CSV, strings kept in `pool`; one bad row anywhere fails the build and nothing is half-imported. */
export function loadResultsFolder(dir: string, pool: StringPool): Entry<PublishedResult>[] {
  const errors: ImportError[] = [];
  const entries: Entry<PublishedResult>[] = [];
  for (const file of filesIn(dir, '.csv')) {
    const filePath = relative(path.join(dir, file));
    const result = importResultsCsv(fs.readFileSync(path.join(dir, file)), filePath);
    if (!result.ok) {
      errors.push(...result.errors);
      continue;
    }
    const stem = file.replace(/\.csv$/, '');
    result.rows.forEach((row, i) =>
      entries.push({ id: `${stem}-${i + 1}`, filePath, data: pool.intern(row) }),
    );
  }
  if (errors.length > 0) throw contentError(formatImportErrors(errors));
  return entries;
}
