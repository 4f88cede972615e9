import Papa from 'papaparse';
import { z } from 'zod';
import { guardCell, unguardCell } from './formulaGuard.ts';

type RowSchema = z.ZodObject<z.ZodRawShape>;

/** Column names in the order the schema declares them. */
export const columnsOf = (schema: RowSchema): string[] => Object.keys(schema.shape);

export interface CsvOptions {
  /** Rows per piece of csvChunks. */
  rowsPerChunk?: number;
  /** `,` for the open data (RFC 4180); `;` where a file imitates Russian Excel (synthetic operators' files). */
  delimiter?: ',' | ';';
  /** A byte-order mark, so that Excel shows Cyrillic; off where a file imitates a tool that writes none. */
  bom?: boolean;
}

/**
 * The one CSV writer of the portal and its scripts: UTF-8 with a byte-order mark, comma-separated,
 * CRLF line ends, a header row in the order given, null as an empty cell, and every text cell
 * through guardCell (formulaGuard.ts) so that no spreadsheet runs it as a formula.
 */
export function toCsv<Row extends object>(
  rows: Row[],
  columns: readonly (keyof Row & string)[],
  options: CsvOptions = {},
): string {
  return [...csvChunks(rows, columns, options)].join('');
}

/**
 * The text of toCsv in pieces of `rowsPerChunk` rows. A national download is hundreds of
 * megabytes: built as one string, it and its encoded copies were the build's peak memory.
 */
export function* csvChunks<Row extends object>(
  rows: Row[],
  columns: readonly (keyof Row & string)[],
  options: CsvOptions = {},
): Generator<string> {
  const { rowsPerChunk = 5000, delimiter = ',', bom = true } = options;
  const unparse = (data: string[][]) => `${Papa.unparse(data, { newline: '\r\n', delimiter })}\r\n`;
  yield `${bom ? '\uFEFF' : ''}${unparse([columns.map(guardCell)])}`;
  for (let start = 0; start < rows.length; start += rowsPerChunk) {
    yield unparse(
      rows.slice(start, start + rowsPerChunk).map((r) => columns.map((c) => csvCell(r[c]))),
    );
  }
}

/** Numbers and yes/no as JavaScript writes them (a decimal point); text guarded against formulas. */
function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- row values are text, numbers, yes/no or lists of text, never plain objects
  return typeof value === 'string' ? guardCell(value) : String(value);
}

export const rowsToCsv = (schema: RowSchema, rows: object[]): string =>
  toCsv(rows as Record<string, unknown>[], columnsOf(schema));

export const rowsToCsvChunks = (schema: RowSchema, rows: object[]): Iterable<string> =>
  csvChunks(rows as Record<string, unknown>[], columnsOf(schema));

/** The text of `JSON.stringify(rows, null, 1)` in pieces of `rowsPerChunk` rows, for the same reason as csvChunks. */
export function* jsonArrayChunks(rows: readonly unknown[], rowsPerChunk = 2000): Generator<string> {
  if (rows.length === 0) {
    yield '[]';
    return;
  }
  // Inside the array every line of a row is indented one more space; JSON escapes newlines in
  // strings, so each line break in a row's text is one of the formatting.
  const element = (row: unknown) => ` ${JSON.stringify(row, null, 1).replaceAll('\n', '\n ')}`;
  for (let start = 0; start < rows.length; start += rowsPerChunk) {
    const piece = rows
      .slice(start, start + rowsPerChunk)
      .map(element)
      .join(',\n');
    yield `${start === 0 ? '[\n' : ',\n'}${piece}`;
  }
  yield '\n]';
}

export interface JsonProperty {
  type?: string | string[];
  anyOf?: JsonProperty[];
  format?: string;
  enum?: unknown[];
  description?: string;
}

/** The JSON types a column may hold, through nested unions (a nullable union nests anyOf). */
export function jsonTypes(property: JsonProperty): string[] {
  if (property.anyOf) return property.anyOf.flatMap(jsonTypes);
  return property.type === undefined ? [] : [property.type].flat();
}

/** A cell back to the value the schema expects: '' is null where null is allowed, numbers and yes/no by their JSON type. */
function cellValue(cell: string, property: JsonProperty): unknown {
  const types = jsonTypes(property);
  if (cell === '') return types.includes('null') ? null : '';
  if (types.includes('boolean') && (cell === 'true' || cell === 'false')) return cell === 'true';
  if (
    (types.includes('number') || types.includes('integer')) &&
    cell.trim() !== '' &&
    !Number.isNaN(Number(cell))
  )
    return Number(cell);
  return cell;
}

/** Reads a CSV written by rowsToCsv back into validated rows: the round trip of the downloads. */
export function rowsFromCsv<S extends RowSchema>(schema: S, csv: string): z.infer<S>[] {
  const json = z.toJSONSchema(schema, { io: 'input' }) as {
    properties: Record<string, JsonProperty>;
  };
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  if (parsed.errors.length > 0)
    throw new Error(
      `CSV не читается: ${parsed.errors.map((e) => `строка ${e.row}: ${e.message}`).join('; ')}`,
    );
  return parsed.data.map((record) =>
    schema.parse(
      Object.fromEntries(
        Object.entries(record).map(([k, v]) => [
          k,
          cellValue(unguardCell(v), json.properties[k] ?? {}),
        ]),
      ),
    ),
  );
}
