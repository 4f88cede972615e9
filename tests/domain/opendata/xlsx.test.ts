import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { CitizenCell } from '../../../src/domain/opendata/citizen.ts';
import { xlsxChunks } from '../../../src/domain/opendata/xlsx.ts';

const workbook = (rows: CitizenCell[][], titles = ['Текст', 'Число', 'Дата'], sheet = 'Проба') =>
  Buffer.concat([...xlsxChunks({ titles, rows }, sheet)]);
const part = (bytes: Uint8Array, name: string) => strFromU8(unzipSync(bytes)[name]!);

describe('xlsxChunks', () => {
  it('writes the parts of a one-sheet workbook', () => {
    expect(Object.keys(unzipSync(workbook([])))).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/worksheets/sheet1.xml',
    ]);
  });

  it('stores text as inline text, numbers as numbers, days as Excel day numbers in the date style', () => {
    const sheet = part(
      workbook([
        ['=1+1', 128.15, new Date('2019-12-20T00:00:00Z')],
        [null, -3, null],
      ]),
      'xl/worksheets/sheet1.xml',
    );
    expect(sheet).toContain(
      '<row r="2"><c r="A2" t="inlineStr"><is><t xml:space="preserve">=1+1</t></is></c><c r="B2"><v>128.15</v></c><c r="C2" s="2"><v>43819</v></c></row>',
    );
    expect(sheet).toContain('<row r="3"><c r="B3"><v>-3</v></c></row>');
    expect(sheet).toContain(
      '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>',
    );
  });

  it('escapes what XML cannot hold, and a literal «_xHHHH_», so every text reads back as written', () => {
    const sheet = part(
      workbook([['<a> & "b"'], ['звонок\u0007'], ['_x0041_']], ['Текст']),
      'xl/worksheets/sheet1.xml',
    );
    expect(sheet).toContain('&lt;a&gt; &amp; &quot;b&quot;');
    expect(sheet).toContain('звонок_x0007_');
    expect(sheet).toContain('_x005F_x0041_');
  });

  it('names columns past Z as AA, AB…, and makes a sheet name Excel accepts', () => {
    const titles = Array.from({ length: 28 }, (_, i) => `Столбец ${i + 1}`);
    const bytes = workbook(
      [titles.map((_, i) => i)],
      titles,
      'Результаты: [Область/Район]? очень длинное название',
    );
    expect(part(bytes, 'xl/worksheets/sheet1.xml')).toContain('<c r="AB2"><v>27</v></c>');
    expect(part(bytes, 'xl/workbook.xml')).toContain(
      '<sheet name="Результаты   Область Район   оч" sheetId="1"',
    );
  });

  it('gives the same bytes every time, in pieces for a long table', () => {
    const rows = Array.from({ length: 5000 }, (_, i): CitizenCell[] => [
      `Организация ${i}`,
      i,
      null,
    ]);
    expect(
      [...xlsxChunks({ titles: ['Текст', 'Число', 'Дата'], rows }, 'x')].length,
    ).toBeGreaterThan(2);
    expect(workbook(rows).equals(workbook(rows))).toBe(true);
    expect(part(workbook(rows), 'xl/worksheets/sheet1.xml')).toContain(
      '<row r="5001"><c r="A5001" t="inlineStr"><is><t xml:space="preserve">Организация 4999</t>',
    );
  });
});
