import { describe, expect, it } from 'vitest';
import { publishedResultSchema, requiredColumns } from '../../../src/domain/csv/index.ts';

const valid = {
  organization: 'Учреждение-пример',
  sphere: 'health',
  region: 'Область-пример',
  method: '344н-2018',
  total: 90,
  source: 'https://example.org/nok',
};

function messages(row: object): Array<[string, string]> {
  const result = publishedResultSchema.safeParse(row);
  return result.success
    ? []
    : result.error.issues.map((issue) => [String(issue.path[0]), issue.message]);
}

describe('publishedResultSchema', () => {
  it('needs only the columns every published result has', () => {
    expect(requiredColumns).toEqual([
      'organization',
      'sphere',
      'region',
      'method',
      'total',
      'source',
    ]);
    expect(publishedResultSchema.parse(valid)).toEqual(valid);
  });

  it('accepts a content id of the organization', () => {
    expect(
      publishedResultSchema.parse({ ...valid, organization_id: 'gbu-primer' }).organization_id,
    ).toBe('gbu-primer');
  });

  it('rejects unknown keys', () => {
    expect(publishedResultSchema.safeParse({ ...valid, score: 1 }).success).toBe(false);
  });

  it('refuses negative scores', () => {
    expect(messages({ ...valid, criterion_2: -1 })).toEqual([
      ['criterion_2', 'балл не может быть отрицательным'],
    ]);
  });

  it('refuses a total above the published maximum', () => {
    expect(messages({ ...valid, method: 'pre-2018-culture', total: 120, max_total: 100 })).toEqual([
      ['total', 'больше максимума 100 баллов'],
    ]);
  });

  it('refuses a total above the method’s maximum when none is published', () => {
    expect(messages({ ...valid, method: 'pre-2018-culture-160', total: 161 })).toEqual([
      ['total', 'больше максимума 160 баллов'],
    ]);
  });

  it('refuses a published maximum the method does not have', () => {
    expect(messages({ ...valid, max_total: 160 })).toEqual([
      ['max_total', 'у методики 344н-2018 максимум 100 баллов'],
    ]);
  });

  it('leaves totals of a method with an unknown maximum unbounded', () => {
    expect(messages({ ...valid, method: 'pre-2018-culture', total: 150 })).toEqual([]);
  });

  it('refuses a rank beyond the ranking', () => {
    expect(messages({ ...valid, rank: 31, rank_of: 30 })).toEqual([
      ['rank', 'место больше числа мест в рейтинге (30)'],
    ]);
  });
});

describe('criterion maxima from the scoring registry', () => {
  it('refuses a criterion above the maximum its method states (education-160: К4 at most 20)', async () => {
    const { importResultsCsv } = await import('../../../src/domain/csv/index.ts');
    const csv =
      'organization,sphere,region,method,criterion_4,total,source\nШкола,education,Область,pre-2018-education-160,"20,5",100,https://example.org/\n';
    const result = importResultsCsv(new TextEncoder().encode(csv), 'x.csv');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors).toEqual([
        expect.objectContaining({
          row: 2,
          column: 'criterion_4',
          reason: expect.stringContaining('20'),
        }),
      ]);
  });
});
