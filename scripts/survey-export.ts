// Exports stored survey answers as CSV (UTF-8 with BOM, for spreadsheets).
//   npx node scripts/survey-export.ts --db data/answers.sqlite --answers out/answers.csv --counts out/counts.csv [--with-proposals]
// --answers: one row per questionnaire; --counts: per organization, year and sphere, the survey
// inputs of the scoring method. Free text is exported only with --with-proposals (not for publication).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { answersCsv, countsCsv } from '../src/receiver/export.ts';
import { openAnswerStore } from '../src/receiver/store.ts';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    answers: { type: 'string' },
    counts: { type: 'string' },
    'with-proposals': { type: 'boolean', default: false },
  },
  strict: true,
});

const dbPath = values.db ?? process.env['NOK_DB'] ?? 'data/answers.sqlite';
if (!existsSync(dbPath)) {
  console.error(`survey-export: no database at ${dbPath}`);
  process.exit(2);
}
if (!values.answers && !values.counts) {
  console.error('survey-export: give --answers FILE and/or --counts FILE');
  process.exit(2);
}

function write(file: string, text: string): void {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  writeFileSync(file, text);
}

const store = openAnswerStore(dbPath);
try {
  const rows = store.all();
  if (values.answers) write(values.answers, answersCsv(rows, values['with-proposals']));
  if (values.counts) write(values.counts, countsCsv(rows));
  console.log(`survey-export: ${rows.length} answers from ${dbPath}`);
} finally {
  store.close();
}
