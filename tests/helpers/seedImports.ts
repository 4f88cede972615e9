/**
 * Imports each seed plan from its source text and from its .docx rendering, and compares the
 * drafts with the hand transcriptions in content/plans/. Shared by the seed import test and
 * `npm run import:seeds`, which prints the figures.
 */
import fs from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import { load as parse } from 'js-yaml';
import { compareMeasures, type Comparison } from '../../src/domain/plans/import/compare.ts';
import { htmlToLayout, PAGE_BREAK_STYLE } from '../../src/domain/plans/import/docx.ts';
import { importPlan, type ImportResult } from '../../src/domain/plans/import/index.ts';
import { measureSchema, planSchema, type Plan } from '../../src/domain/schemas/index.ts';
import { seedDocx } from './seedDocx.ts';

const contentDir = path.resolve(import.meta.dirname, '../../content');

export interface SeedImport {
  id: string;
  hand: Plan;
  text: { result: ImportResult; comparison: Comparison };
  docx: { result: ImportResult; comparison: Comparison; layout: string };
}

export const seedIds = fs
  .readdirSync(path.join(contentDir, 'plans'))
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => file.replace(/\.yaml$/, ''))
  .sort();

/** The draft's measures as the content loader reads them (empty lists filled in). */
const measuresOf = (result: ImportResult) => measureSchema.array().parse(result.plan['measures']);

export async function importSeed(id: string): Promise<SeedImport> {
  const hand = planSchema.parse(
    parse(fs.readFileSync(path.join(contentDir, 'plans', `${id}.yaml`), 'utf8')),
  );
  const sourceFile = hand.source.file ?? `sources/${id}.txt`;
  const sourceText = fs.readFileSync(path.join(contentDir, sourceFile), 'utf8');
  const options = { sourceFile, territory: hand.territory, act: hand.act };
  const text = importPlan(sourceText, options);
  const { value: html } = await mammoth.convertToHtml(
    { buffer: await seedDocx(sourceText) },
    { styleMap: [PAGE_BREAK_STYLE] },
  );
  const layout = htmlToLayout(html);
  const docx = importPlan(layout, options);
  return {
    id,
    hand,
    text: { result: text, comparison: compareMeasures(measuresOf(text), hand.measures) },
    docx: { result: docx, comparison: compareMeasures(measuresOf(docx), hand.measures), layout },
  };
}
