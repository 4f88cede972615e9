import { describe, expect, it } from 'vitest';
import {
  cleanInline,
  collapseWhitespace,
  stripMarkup,
} from '../../../src/domain/fidelity/markup.ts';

describe('stripMarkup', () => {
  it('keeps the inner text of a link', () => {
    expect(stripMarkup('сайт ( <a href="http://www.bus.gov.ru">www.bus.gov.ru</a> )')).toBe(
      'сайт ( www.bus.gov.ru )',
    );
  });

  it('turns paragraph tags into spaces so paragraphs never run together', () => {
    expect(stripMarkup('<p>года:</p><p>доля</p>')).toBe(' года:  доля ');
  });

  it('turns <br> in any spelling into a space', () => {
    expect(stripMarkup('а<br>б<br/>в<BR />г')).toBe('а б в г');
  });

  it('drops bold markers without leaving a space', () => {
    expect(stripMarkup('**ПЛАН** мероприятий')).toBe('ПЛАН мероприятий');
  });

  it('leaves quotes, dashes and percent signs alone', () => {
    expect(stripMarkup('«Интернет» – 100 %%')).toBe('«Интернет» – 100 %%');
  });
});

describe('collapseWhitespace', () => {
  it('collapses tabs, newlines and NBSP to one space and trims', () => {
    expect(collapseWhitespace(' №\u00a0256-ФЗ\t\tи\n\nдалее  ')).toBe('№ 256-ФЗ и далее');
  });
});

describe('cleanInline', () => {
  it('strips markup and collapses whitespace in one go', () => {
    expect(cleanInline('<p>постоянно</p> <p>постоянно</p>')).toBe('постоянно постоянно');
  });
});
