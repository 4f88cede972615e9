// Exports stored survey answers as CSV (UTF-8 with BOM, for spreadsheets), from the SQLite file
// (--db) or the PostgreSQL database (--database-url) the receiver stores them in. `--help` lists
// the options. --answers: one row per questionnaire; --counts: per organization, year and
// sphere, the survey inputs of the scoring method. Free text only with --with-proposals.
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { commandLine } from '../src/config/cli.ts';
import { readStoreOptions, SettingsError, spec, storeSpecs, text } from '../src/config/settings.ts';
import { flag } from '../src/config/values.ts';
import { answersCsv, countsCsv } from '../src/receiver/export.ts';
import { openAnswerStore } from '../src/receiver/index.ts';

const exportSpecs = {
  answers: spec<string | undefined>({
    flag: 'answers',
    parse: text,
    fallback: undefined,
    help: 'CSV file of the answers, one row per questionnaire',
  }),
  counts: spec<string | undefined>({
    flag: 'counts',
    parse: text,
    fallback: undefined,
    help: 'CSV file of the counts per organization, year and sphere (the scoring method’s survey inputs)',
  }),
  withProposals: spec({
    flag: 'with-proposals',
    boolean: true,
    parse: flag,
    fallback: false,
    help: 'Include the free-text proposals (Q16): for the operator, never for publication',
  }),
};

const command = 'npm run survey:export --';
const argv = process.argv.slice(2);
const options = commandLine(
  command,
  { ...storeSpecs, ...exportSpecs },
  argv,
  () => {
    const read = readStoreOptions(exportSpecs, argv, process.env);
    const faults = [
      ...(!read.answers && !read.counts
        ? ['--answers / --counts: укажите хотя бы один файл для выгрузки']
        : []),
      ...(read.store.kind === 'sqlite' && !existsSync(read.store.path)
        ? [`--db / NOK_DB: файла базы ответов нет: ${read.store.path}`]
        : []),
    ];
    if (faults.length > 0) throw new SettingsError(faults);
    return read;
  },
  'Exports the survey answers the receiver stored, as CSV.',
);

/** Written beside the target and renamed over it: a failed export never leaves half a file. */
function write(file: string, text: string): void {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, file);
}

const store = await openAnswerStore(options.store);
try {
  const rows = await store.all();
  if (options.answers) write(options.answers, answersCsv(rows, options.withProposals));
  if (options.counts) write(options.counts, countsCsv(rows));
  console.log(`survey-export: ${rows.length} answers from ${store.where}`);
} finally {
  await store.close();
}
