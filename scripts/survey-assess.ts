// Writes content/assessments/<organization>-<year>.yaml from the survey answers collected by the
// receiver and the operator's document checks, validated as the build validates it.
// Run `npm run survey:assess -- --help` for the options. Refuses, naming every problem at once,
// and then writes nothing; a file is written whole (temporary file, then rename) or not at all.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { load as parse } from 'js-yaml';
import { yamlText } from '../src/domain/content/yamlEntry.ts';
import { aggregateAnswers } from '../src/domain/questionnaire/index.ts';
import { documentProblems, surveyAssessment } from '../src/domain/results/surveyAssessment.ts';
import { idSchema, organizationSchema } from '../src/domain/schemas/index.ts';
import { databaseUrl, SettingValueError } from '../src/config/values.ts';
import { openAnswerStore, type StoreLocation } from '../src/receiver/index.ts';

const usage = `Использование:
  npm run survey:assess -- --db ФАЙЛ --organization КОД --year ГОД --documents ФАЙЛ [--content ПАПКА] [--out ФАЙЛ] [--force]
  npm run survey:assess -- --database-url АДРЕС …

  --db            база ответов приёмника анкет (SQLite), например data/answers.sqlite
  --database-url  или база ответов в PostgreSQL: postgres://пользователь@сервер/база (как у приёмника)
  --organization  код организации: content/organizations/<код>.yaml
  --year          год анкетирования (по дате получения анкет), например 2025
  --documents     файл YAML с проверкой документов и условий оператором: operator, source и
                  standPosted, standRequired, sitePosted, siteRequired, remoteChannels,
                  comfortConditions, facilityAccessibilityConditions, serviceAccessibilityConditions
  --content       папка содержимого (по умолчанию NOK_CONTENT_DIR или content)
  --out           куда записать (по умолчанию <content>/assessments/<код>-<год>.yaml)
  --force         заменить уже существующий файл
  --help          эта справка`;

function fail(lines: string[]): never {
  for (const line of lines) console.error(`survey:assess: ${line}`);
  process.exit(1);
}

function options() {
  try {
    return parseArgs({
      options: {
        db: { type: 'string' },
        'database-url': { type: 'string' },
        organization: { type: 'string' },
        year: { type: 'string' },
        documents: { type: 'string' },
        content: { type: 'string' },
        out: { type: 'string' },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    // parseArgs says which option is unknown or lacks its value; one line, no stack.
    return fail([`${error instanceof Error ? error.message : String(error)} (справка: --help)`]);
  }
}

const values = options();
if (values.help) {
  console.log(usage);
  process.exit(0);
}

const problems: string[] = [];
const missing = [
  ...(values.db === undefined && values['database-url'] === undefined ? ['db'] : []),
  ...(['organization', 'year', 'documents'] as const).filter((name) => values[name] === undefined),
];
if (missing.length > 0)
  problems.push(`не указано: ${missing.map((m) => `--${m}`).join(', ')} (справка: --help)`);
const year = values.year === undefined ? undefined : Number(values.year);
if (values.year !== undefined && !/^\d{4}$/.test(values.year))
  problems.push(`--year «${values.year}»: ожидается год из четырёх цифр`);
const badId = values.organization !== undefined && !idSchema.safeParse(values.organization).success;
if (badId)
  problems.push(
    `--organization «${values.organization}»: код организации — латиница в нижнем регистре, цифры и дефисы, как имя файла в content/organizations`,
  );
const content = path.resolve(values.content ?? process.env['NOK_CONTENT_DIR'] ?? 'content');

const readable = (file: string | undefined, what: string): string | undefined => {
  if (file === undefined) return undefined;
  if (fs.existsSync(file)) return file;
  problems.push(`${what} ${file}: файла нет`);
  return undefined;
};
const db = readable(values.db, '--db');
/** Where the answers are: the SQLite file, or the PostgreSQL database the receivers share. */
function storeLocation(): StoreLocation | undefined {
  if (db !== undefined) return { kind: 'sqlite', path: db };
  if (values['database-url'] === undefined) return undefined;
  try {
    return {
      kind: 'postgres',
      connection: databaseUrl(values['database-url'], os.userInfo().username),
    };
  } catch (error) {
    if (!(error instanceof SettingValueError)) throw error;
    problems.push(`--database-url: ${error.message}`);
    return undefined;
  }
}
const store = storeLocation();
const documentsFile = readable(values.documents, '--documents');
const organizationFile =
  values.organization === undefined || badId
    ? undefined
    : readable(path.join(content, 'organizations', `${values.organization}.yaml`), 'организация');

function readYaml(file: string): unknown {
  try {
    return parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    problems.push(
      `${file}: не читается как YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    );
    return undefined;
  }
}

const organization =
  organizationFile === undefined
    ? undefined
    : organizationSchema.safeParse(readYaml(organizationFile));
if (organizationFile && organization && !organization.success)
  problems.push(`${organizationFile}: не проходит проверку схемы организации`);
const documents = documentsFile === undefined ? undefined : readYaml(documentsFile);
const out = path.resolve(
  values.out ?? path.join(content, 'assessments', `${values.organization}-${values.year}.yaml`),
);
if (fs.existsSync(out) && !values.force)
  problems.push(`${out} уже есть; чтобы заменить его, добавьте --force`);

async function talliesFor(location: StoreLocation, id: string, y: number) {
  const answers = await openAnswerStore(location);
  try {
    return aggregateAnswers((await answers.all()).filter((row) => row.organization === id)).filter(
      (t) => t.year === y,
    );
  } finally {
    await answers.close();
  }
}

if (
  store === undefined ||
  documentsFile === undefined ||
  !organization?.success ||
  year === undefined ||
  missing.length > 0
) {
  // Without the database or the organization the survey cannot be checked; the document file still can.
  if (documentsFile !== undefined) problems.push(...documentProblems(documents, documentsFile));
  fail(problems);
}

const result = surveyAssessment({
  organization: { id: values.organization!, sphere: organization.data.sphere },
  year,
  tallies: await talliesFor(store, values.organization!, year),
  documents,
  documentsFile,
});
if (!result.ok) fail([...problems, ...result.problems]);
if (problems.length > 0) fail(problems);

const { assessment, respondents } = result;
const header = `# Сведения для расчёта по методике ${assessment.method}: анкеты — из базы ответов портала (${store.kind === 'sqlite' ? path.basename(store.path) : 'PostgreSQL'}),\n# проверка документов и условий — ${documentsFile}. Записано командой npm run survey:assess.\n`;
fs.mkdirSync(path.dirname(out), { recursive: true });
const temporary = `${out}.${process.pid}.tmp`;
fs.writeFileSync(temporary, header + yamlText(assessment));
fs.renameSync(temporary, out);
console.log(
  `survey:assess: ${out} — организация ${assessment.organization}, ${assessment.year} год, анкет ${respondents}`,
);
