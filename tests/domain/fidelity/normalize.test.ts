import { describe, expect, it } from 'vitest';
import { normalizeSourceText } from '../../../src/domain/fidelity/normalize.ts';

describe('normalizeSourceText', () => {
  it('turns a page-split table into one line of reader text', () => {
    const source = [
      '12.\t<p>Мониторинг независи-</p>\t<p>информация в Ка-</p>\t<p>до 1 марта</p>\t<p>учреждение «Центр экономических и</p>',
      '',
      '1\t2\t3\t4\t5',
      '\tмой оценки\tбинет Министров\t\tсоциальных исследований»',
    ].join('\n');
    expect(normalizeSourceText(source)).toBe(
      '12. Мониторинг независимой оценки информация в Кабинет Министров до 1 марта учреждение «Центр экономических и социальных исследований»',
    );
  });

  it('is what a content string goes through too: markup and whitespace only', () => {
    expect(normalizeSourceText('сайте\n <a href="http://www.bus.gov.ru">www.bus.gov.ru</a>')).toBe(
      'сайте www.bus.gov.ru',
    );
  });

  it('is idempotent, so normalizing a normalized string changes nothing', () => {
    const once = normalizeSourceText('\t1.\n\tтекст  с\u00a0пробелами\n');
    expect(normalizeSourceText(once)).toBe(once);
  });

  it('never corrects spelling or punctuation', () => {
    expect(normalizeSourceText('моложенной политики,  и и поручения;')).toBe(
      'моложенной политики, и и поручения;',
    );
  });
});
