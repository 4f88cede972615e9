// Turns a plan of measures (.docx, or a text copy in the seeds' layout) into a YAML draft for
// content/plans/, with an act draft and a report. See docs/editors/plans.md.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import mammoth from 'mammoth';
import { yamlText } from '../src/domain/content/yamlEntry.ts';
import { htmlToLayout, PAGE_BREAK_STYLE } from '../src/domain/plans/import/docx.ts';
import { importPlan } from '../src/domain/plans/import/index.ts';
import { formatReport } from '../src/domain/plans/import/report.ts';
import { idPattern } from '../src/domain/schemas/idPattern.ts';

const usage = `Использование: npm run import:plan -- <файл .docx или .txt> [--territory <id>] [--act <id>] [--out <черновик.yaml>]

Читает план мероприятий из документа Word (.docx) или из текстовой копии в раскладке
content/sources/ и пишет черновик в формате content/plans/:
  <out>            черновик плана (по умолчанию drafts/<имя файла>.yaml)
  <out>.act.yaml   черновик акта, если --act не указывает на существующий content/acts/<id>.yaml
  <out>.source.txt текст документа в раскладке content/sources/ (только для .docx)
  <out>.report.txt отчёт; он же печатается
  --territory <id> территория из content/territories/
  --act <id>       акт, которым утверждён план
  --help           эта справка`;

function fail(message: string): never {
  console.error(`import:plan: ${message}`);
  process.exit(2);
}

function options() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        territory: { type: 'string' },
        act: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    fail(`${(error as Error).message.split('. ')[0]} (см. --help)`);
  }
}

/** Writes the whole file or nothing: a temporary file beside it, then a rename. */
function writeAtomically(file: string, text: string): void {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

async function sourceText(file: string): Promise<{ text: string; fromDocx: boolean }> {
  if (file.toLowerCase().endsWith('.docx')) {
    const { value } = await mammoth.convertToHtml({ path: file }, { styleMap: [PAGE_BREAK_STYLE] });
    return { text: htmlToLayout(value), fromDocx: true };
  }
  if (!file.toLowerCase().endsWith('.txt')) fail(`${file}: ожидается .docx или .txt`);
  return { text: readFileSync(file, 'utf8'), fromDocx: false };
}

const { values, positionals } = options();
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const [input, ...extra] = positionals;
if (input === undefined) fail('не указан файл плана (см. --help)');
if (extra.length > 0) fail(`лишние аргументы: ${extra.join(' ')} (см. --help)`);
for (const name of ['territory', 'act'] as const) {
  const id = values[name];
  if (id !== undefined && !idPattern.test(id))
    fail(`--${name} «${id}»: идентификатор — латиница в нижнем регистре, цифры и дефисы`);
}
if (!existsSync(input)) fail(`${input}: файла нет`);

const base = path.basename(input).replace(/\.(docx|txt)$/i, '');
const out = values.out ?? path.join('drafts', `${base}.yaml`);
const stem = out.replace(/\.ya?ml$/i, '');
let read: { text: string; fromDocx: boolean };
try {
  read = await sourceText(input);
} catch (error) {
  fail(`${input}: не удалось прочитать документ: ${(error as Error).message}`);
}
const result = importPlan(read.text, {
  sourceFile: `sources/${base}.txt`,
  territory: values.territory,
  act: values.act,
});
const actKnown =
  values.act !== undefined && existsSync(path.join('content', 'acts', `${values.act}.yaml`));
const report = formatReport(result.report, { source: input, draft: out });

// Everything is rendered before the first write, so a failure leaves no draft behind.
const files: [string, string][] = [
  [out, yamlText(result.plan)],
  ...(actKnown ? [] : ([[`${stem}.act.yaml`, yamlText(result.act)]] as [string, string][])),
  ...(read.fromDocx ? ([[`${stem}.source.txt`, read.text]] as [string, string][]) : []),
  [`${stem}.report.txt`, report],
];
for (const [file, text] of files) writeAtomically(file, text);
console.log(report);
console.log(`Записано: ${files.map(([file]) => file).join(', ')}`);
