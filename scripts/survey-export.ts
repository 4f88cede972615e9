// Exports stored survey answers as CSV (UTF-8 with BOM, for spreadsheets). `--help` lists the options.
// --answers: one row per questionnaire; --counts: per organization, year and sphere, the survey
// inputs of the scoring method. Free text is exported only with --with-proposals (not for publication).
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { commandLine } from '../src/config/cli.ts';
import { readOptions, receiverSpecs, type Spec } from '../src/config/settings.ts';
import { flag } from '../src/config/values.ts';
import { answersCsv, countsCsv } from '../src/receiver/export.ts';
import { openAnswerStore } from '../src/receiver/store.ts';

const text = (raw: string) => raw;
const specs = {
  db: receiverSpecs.db,
  answers: { flag: 'answers', parse: text, fallback: undefined, help: 'Write one row per questionnaire to this CSV file' } satisfies Spec<string | undefined>,
  counts: { flag: 'counts', parse: text, fallback: undefined, help: 'Write the scoring inputs per organization, year and sphere to this CSV file' } satisfies Spec<string | undefined>,
  withProposals: { flag: 'with-proposals', boolean: true, parse: flag, fallback: false, help: 'Include the free-text proposals (Q16): for the operator, not for publication' } satisfies Spec<boolean>,
};

const argv = process.argv.slice(2);
const options = commandLine('npm run survey:export --', specs, argv, () => readOptions(specs, argv, process.env), 'Exports the answers the survey receiver stored, as CSV.');

if (!existsSync(options.db)) {
  console.error(`survey-export: no database at ${options.db} (give --db FILE)`);
  process.exit(2);
}
if (!options.answers && !options.counts) {
  console.error('survey-export: give --answers FILE and/or --counts FILE (see --help)');
  process.exit(2);
}

/** Whole or not at all: a file is written beside its place and renamed into it. */
function write(file: string, text: string): void {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const partial = `${file}.partial`;
  writeFileSync(partial, text);
  renameSync(partial, file);
}

const store = openAnswerStore(options.db);
try {
  const rows = store.all();
  if (options.answers) write(options.answers, answersCsv(rows, options.withProposals));
  if (options.counts) write(options.counts, countsCsv(rows));
  console.log(`survey-export: ${rows.length} answers from ${options.db}`);
} finally {
  store.close();
}
