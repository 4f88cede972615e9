// One YAML content file read into an entry: parsed the way Astro's glob loader parses it
// (js-yaml, default schema), then checked against its collection's zod schema. Every problem is
// named by file and field, so a bad file fails the build with a message an editor can act on.
import { dump, load, YAMLException } from 'js-yaml';
import type { z } from 'zod';
import { russianIssue } from '../csv/issues.ts';
import type { Entry, IntegrityProblem } from './graph.ts';

export type YamlEntryResult<T> = { ok: true; entry: Entry<T> } | { ok: false; problems: IntegrityProblem[] };

/** A content file's text as the project writes it (drafts, synthetic trees): no line folding, no anchors. */
export const yamlText = (data: unknown): string => dump(data, { lineWidth: -1, noRefs: true, quotingType: '"' });

/** «measures[1].number» from zod's ["measures", 1, "number"]. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text === '' ? String(key) : `${text}.${String(key)}`), '');
}

/** The entry id is the file name without its extension, as Astro's glob loader gives it for slug file names. */
export const entryId = (fileName: string): string => fileName.replace(/\.ya?ml$/, '');

export function parseYamlEntry<S extends z.ZodType>(text: string, filePath: string, schema: S): YamlEntryResult<z.output<S>> {
  let raw: unknown;
  try {
    raw = load(text, { filename: filePath });
  } catch (error) {
    const message = error instanceof YAMLException ? `YAML не читается: ${error.reason} (строка ${error.mark.line + 1})` : String(error);
    return { ok: false, problems: [{ file: filePath, field: '(файл)', message }] };
  }
  const parsed = schema.safeParse(raw, { error: russianIssue });
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.flatMap((issue) => problemsOf(issue, filePath)) };
  const fileName = filePath.split(/[\\/]/).pop() ?? filePath;
  return { ok: true, entry: { id: entryId(fileName), filePath, data: parsed.data } };
}

/** An unknown key is named as the field itself, so the editor sees which key to remove. */
function problemsOf(issue: z.core.$ZodIssue, file: string): IntegrityProblem[] {
  if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => ({ file, field: fieldPath([...issue.path, key]), message: 'неизвестное поле' }));
  return [{ file, field: fieldPath(issue.path) || '(файл)', message: issue.message }];
}

export function formatSchemaProblems(problems: IntegrityProblem[]): string {
  const lines = problems.map((p) => `  ${p.file} → ${p.field}: ${p.message}`);
  return `Содержимое не прошло проверку схемы (${problems.length}):\n${lines.join('\n')}`;
}
