import { describe, expect, it } from 'vitest';
import {
  cellLineText,
  gridCells,
  joinAcrossPageBreak,
  repairPageBreaks,
} from '../../../src/domain/fidelity/layout.ts';

describe('gridCells and cellLineText', () => {
  it('reads a line with two or more tabs as a grid row', () => {
    expect(gridCells('1.\tтекст\tсрок')).toEqual(['1.', 'текст', 'срок']);
    expect(gridCells('\tодна ячейка')).toBeNull();
  });

  it('reads a line with one leading tab as a cell line', () => {
    expect(cellLineText('\t1.1.')).toBe('1.1.');
    expect(cellLineText('без табуляции')).toBeNull();
    expect(cellLineText('\tа\tб')).toBeNull();
  });
});

describe('joinAcrossPageBreak', () => {
  it('re-joins a word hyphenated at the break', () => {
    expect(joinAcrossPageBreak('приказом Министерства фи-', 'нансов Российской')).toBe(
      'приказом Министерства финансов Российской',
    );
  });

  it('sees the hyphen through paragraph markup', () => {
    expect(joinAcrossPageBreak('<p>в Ка-</p>', '<p>бинет</p>')).toBe('в Кабинет');
  });

  it('joins other halves with one space', () => {
    expect(joinAcrossPageBreak('Ежегодно: март,', 'июнь, сентябрь')).toBe(
      'Ежегодно: март, июнь, сентябрь',
    );
  });

  it('keeps a dash that follows a space: it is punctuation, not a broken word', () => {
    expect(joinAcrossPageBreak('1 марта 2014 года –', 'ежегодно')).toBe(
      '1 марта 2014 года – ежегодно',
    );
  });

  it('keeps either half alone when the other is empty', () => {
    expect(joinAcrossPageBreak('Общественный совет', '')).toBe('Общественный совет');
    expect(joinAcrossPageBreak('', 'район»')).toBe('район»');
  });
});

describe('repairPageBreaks', () => {
  it('drops the column-number row and merges the continuation row column by column', () => {
    const text = [
      '4.\tМинистерства фи-\tпостоянно\tорганы',
      '',
      '1\t2\t3\t4',
      '\tнансов\tили изменения\t',
    ].join('\n');
    expect(repairPageBreaks(text)).toEqual([
      '4.\tМинистерства финансов\tпостоянно или изменения\tорганы',
      '',
    ]);
  });

  it('merges after a bare blank line too (Belgorod has no column-number row)', () => {
    const text = ['2.\tпри\t30 мая', '', '\tдепартаменте\t'].join('\n');
    expect(repairPageBreaks(text)).toEqual(['2.\tпри департаменте\t30 мая', '']);
  });

  it('keeps a row with an empty «№» cell that follows without a blank line: it is a row of its own', () => {
    const text = ['4.1.\tРазмещение\t\t', '\t-перечень организаций\tЕжегодно - январь\t'].join(
      '\n',
    );
    expect(repairPageBreaks(text)).toEqual(text.split('\n'));
  });

  it('does not continue a row across prose', () => {
    const text = ['1.\tа\tб', 'Подпись', '', '\tв\tг'].join('\n');
    expect(repairPageBreaks(text)).toEqual(text.split('\n'));
  });

  it('drops column numbers written one per cell line, only as a whole run from 1', () => {
    const text = ['\t1', '\t2', '\t3', '\t4', '', '\t1.', '\t4', '\t4', '\t4'].join('\n');
    expect(repairPageBreaks(text)).toEqual(['', '\t1.', '\t4', '\t4', '\t4']);
  });

  it('keeps a row that merely starts with numbers', () => {
    expect(repairPageBreaks('1\t2\tтекст')).toEqual(['1\t2\tтекст']);
  });
});
