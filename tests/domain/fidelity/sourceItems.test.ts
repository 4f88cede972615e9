import { describe, expect, it } from 'vitest';
import { sourceItems } from '../../../src/domain/fidelity/sourceItems.ts';

describe('sourceItems', () => {
  it('reads numbers from the first cell of grid rows, as written, with the text of their rows', () => {
    const text = [
      '№ п/п\tМероприятия\tСрок',
      '1\t2\t3',
      '1.\tПервое\tянварь',
      '1.1.\tВложенное\t',
      '\t-пункт без номера\tмарт',
      'II.\tОдиннадцатое\tпостоянно',
    ].join('\n');
    expect(sourceItems(text)).toEqual([
      { number: '1.', text: '1. Первое январь' },
      { number: '1.1.', text: '1.1. Вложенное -пункт без номера март' },
      { number: 'II.', text: 'II. Одиннадцатое постоянно' },
    ]);
  });

  it('reads cell lines that hold only a number, with or without the trailing dot', () => {
    const text = [
      '\t6.3',
      '\tпроведение конкурса',
      '',
      '\t18 ',
      '\tПроведение',
      '\tежеквартально',
    ].join('\n');
    expect(sourceItems(text).map((i) => i.number)).toEqual(['6.3', '18']);
  });

  it('ends an item of grid rows at the first plain line, but lets a cell line run over plain lines', () => {
    expect(
      sourceItems('12.\tКонтроль\tпостоянно\n\nПервый заместитель\n---').map((i) => i.text),
    ).toEqual(['12. Контроль постоянно']);
    expect(
      sourceItems('\t1.\n\t1 раз в квартал\nв течение\n\n2016-2018 гг.').map((i) => i.text),
    ).toEqual(['1. 1 раз в квартал в течение 2016-2018 гг.']);
  });

  it('ignores numbered prose lines, which are not table cells', () => {
    expect(sourceItems('1. Утвердить прилагаемый План.\n2. Признать утратившим силу')).toEqual([]);
  });

  it('skips what precedes the start of the measures table', () => {
    const text = [
      '\t1.',
      '\tДоля организаций',
      'II. План мероприятий',
      '\t1.',
      '\tОрганизация заседаний',
    ].join('\n');
    expect(sourceItems(text, { tableStartsAt: 'II. План мероприятий' })).toEqual([
      { number: '1.', text: '1. Организация заседаний' },
    ]);
  });

  it('names the missing start line', () => {
    expect(() => sourceItems('\t1.', { tableStartsAt: 'II. План мероприятий' })).toThrow(
      /«II\. План мероприятий»/,
    );
  });
});
