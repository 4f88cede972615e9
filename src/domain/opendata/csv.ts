import Papa from 'papaparse';
import { z } from 'zod';

type RowSchema = z.ZodObject<z.ZodRawShape>;

/** Column names in the order the schema declares them. */
export const columnsOf = (schema: RowSchema): string[] => Object.keys(schema.shape);

/**
 * CSV for people who open it in a spreadsheet: UTF-8 with a byte-order mark (so Excel shows
 * Cyrillic), comma-separated, CRLF line ends, a header row in the order given. null is an empty cell.
 */
export function toCsv<Row extends object>(rows: Row[], columns: readonly (keyof Row & string)[]): string {
  const body = Papa.unparse({ fields: [...columns], data: rows.map((r) => columns.map((c) => r[c] ?? '')) }, { newline: '\r\n' });
  return `\uFEFF${body}\r\n`;
}

export const rowsToCsv = (schema: RowSchema, rows: object[]): string => toCsv(rows as Record<string, unknown>[], columnsOf(schema));

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
  if ((types.includes('number') || types.includes('integer')) && cell.trim() !== '' && !Number.isNaN(Number(cell))) return Number(cell);
  return cell;
}

/** Reads a CSV written by rowsToCsv back into validated rows: the round trip of the downloads. */
export function rowsFromCsv<S extends RowSchema>(schema: S, csv: string): z.infer<S>[] {
  const json = z.toJSONSchema(schema, { io: 'input' }) as { properties: Record<string, JsonProperty> };
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(`CSV не читается: ${parsed.errors.map((e) => `строка ${e.row}: ${e.message}`).join('; ')}`);
  return parsed.data.map((record) =>
    schema.parse(Object.fromEntries(Object.entries(record).map(([k, v]) => [k, cellValue(v, json.properties[k] ?? {})]))),
  );
}
