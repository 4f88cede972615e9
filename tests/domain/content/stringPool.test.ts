import { describe, expect, it } from 'vitest';
import { createStringPool } from '../../../src/domain/content/stringPool.ts';

describe('createStringPool', () => {
  it('keeps the data as it was, nested arrays and objects included', () => {
    const pool = createStringPool();
    const data = { title: 'План', items: [{ criterion: 'К1', responsible: [{ position: 'Директор' }] }], done: true, count: 3, empty: null };
    const copy = structuredClone(data);
    expect(pool.intern(data)).toEqual(copy);
  });

  it('holds each distinct string once however often it is seen', () => {
    const pool = createStringPool();
    const text = 'Обеспечить наличие на официальном сайте раздела «Часто задаваемые вопросы»';
    pool.intern({ a: text, b: [text, 'К1'] });
    pool.intern([text.slice(0), 'К1', 'К2']);
    expect(pool.size).toBe(3);
  });

  it('leaves dates and other class instances untouched', () => {
    const pool = createStringPool();
    const date = new Date('2021-06-30');
    const url = new URL('https://example.org/');
    const result = pool.intern({ plannedDate: date, source: url });
    expect(result.plannedDate).toBe(date);
    expect(result.source).toBe(url);
    expect(pool.size).toBe(0);
  });
});
