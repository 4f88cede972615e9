export { importResultsCsv, type ImportOptions, type ImportResult } from './import.ts';
export { formatImportErrors, type ImportError } from './errors.ts';
export {
  publishedResultSchema,
  requiredColumns,
  type PublishedResult,
  type ResultColumn,
} from './row.ts';
export {
  resultMethods,
  resultMethodIds,
  type ResultMethod,
  type ResultMethodId,
} from './methods.ts';
export type { CsvEncoding } from './decode.ts';
