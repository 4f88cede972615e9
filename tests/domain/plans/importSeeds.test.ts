/**
 * The importer proven on the five seeds: each is imported from its source text and from a .docx
 * rendering the test makes (tests/helpers/seedDocx.ts, SYNTHETIC), and compared cell by cell with
 * the hand transcription in content/plans/. `npm run import:seeds` prints the figures.
 */
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { identicalShare } from '../../../src/domain/plans/import/compare.ts';
import { importSeed, seedIds, type SeedImport } from '../../helpers/seedImports.ts';

/** Cells the editor changed on purpose; each is explained in the seed's annotations. */
const editorDifferences = [
  {
    id: 'stavropolskiy-kray-2017',
    path: 'measures[0]',
    field: 'deadline',
    reason:
      'срок, записанный напротив каждого из двух абзацев, приведён один раз (annotations п. 1.)',
  },
  {
    id: 'stavropolskiy-kray-2017',
    path: 'measures[0]',
    field: 'executors',
    reason: 'запятые-разделители в конце строк исполнителей опущены (annotations п. 1.)',
  },
];

const seeds = new Map<string, SeedImport>();
beforeAll(async () => {
  for (const id of seedIds) seeds.set(id, await importSeed(id));
  const percent = (share: number) => `${(share * 100).toFixed(1)} %`;
  const lines = [...seeds.values()].map(
    ({ id, text, docx }) =>
      `${id.padEnd(32)} текст: ${text.comparison.identical}/${text.comparison.cells} (${percent(identicalShare(text.comparison))})   docx: ${docx.comparison.identical}/${docx.comparison.cells} (${percent(identicalShare(docx.comparison))})`,
  );
  const differences = [...seeds.values()].flatMap(({ id, text }) =>
    text.comparison.differences.map(
      (d) => `${id} ${d.path}.${d.field}: черновик «${d.draft}», вручную «${d.hand}»`,
    ),
  );
  console.log(
    ['Ячейки, совпавшие с ручной расшифровкой:', ...lines, 'Расхождения:', ...differences].join(
      '\n',
    ),
  );
}, 60_000);

describe.each(['text', 'docx'] as const)('seeds imported from %s', (kind) => {
  it('match the hand transcription in every cell of at least four of the five seeds', () => {
    const identical = [...seeds.values()]
      .filter((seed) => seed[kind].comparison.differences.length === 0)
      .map((seed) => seed.id);
    expect(identical.length).toBeGreaterThanOrEqual(4);
  });

  it('differ only where the editor annotated a change', () => {
    const differences = [...seeds.values()].flatMap(({ id, ...imports }) =>
      imports[kind].comparison.differences.map(({ path, field }) => ({ id, path, field })),
    );
    expect(differences).toEqual(
      editorDifferences.map(({ id, path, field }) => ({ id, path, field })),
    );
  });

  it('leave nothing unplaced, and the fidelity check of each draft finds nothing', () => {
    for (const seed of seeds.values()) {
      const { report } = seed[kind].result;
      expect(report.unplaced, seed.id).toEqual([]);
      expect(report.fidelity, seed.id).toEqual({
        notInSource: [],
        numbers: { missing: [], extra: [] },
        leftOut: [],
      });
      // Tatarstan's title gives no start year, so its yearly deadlines wait for the editor's period.from.
      const unknownReasons = report.unknownDeadlines.map((d) => d.reason.replace(/^«[^»]*»: /, ''));
      expect(new Set(unknownReasons), seed.id).toEqual(
        new Set(
          seed.id === 'tatarstan-2018-2021' ? ['годы плана не известны, а в тексте года нет'] : [],
        ),
      );
    }
  });

  it('take the title, and the period where the title names it, as written', () => {
    for (const seed of seeds.values()) {
      const plan = seed[kind].result.plan as {
        title: string;
        period: { from: number | null; to: number | null };
      };
      expect(plan.title, seed.id).toBe(seed.hand.title);
      expect(plan.period.to, seed.id).toBe(seed.hand.period.to);
    }
    // «на период до 2021 года»: the start year is an editor's inference (annotated), not the document's.
    expect(
      (seeds.get('tatarstan-2018-2021')![kind].result.plan as { period: object }).period,
    ).toEqual({ from: null, to: 2021 });
  });
});

describe('the .docx renderings', () => {
  it('have merged cells and a page break in every seed, as Word writes them', async () => {
    const { seedDocx } = await import('../../helpers/seedDocx.ts');
    const { PAGE_BREAK_STYLE } = await import('../../../src/domain/plans/import/docx.ts');
    const fs = await import('node:fs');
    for (const id of seedIds) {
      const buffer = await seedDocx(fs.readFileSync(`content/sources/${id}.txt`, 'utf8'));
      const { value } = await mammoth.convertToHtml({ buffer }, { styleMap: [PAGE_BREAK_STYLE] });
      expect(value, id).toMatch(/rowspan="\d+"/);
      expect(value, id).toMatch(/<hr \/>/);
    }
  });
});
