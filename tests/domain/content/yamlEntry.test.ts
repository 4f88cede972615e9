import { describe, expect, it } from 'vitest';
import { entryId, fieldPath, formatSchemaProblems, parseYamlEntry } from '../../../src/domain/content/yamlEntry.ts';
import { organizationSchema } from '../../../src/domain/schemas/index.ts';

const file = 'content/organizations/test-muzey.yaml';
const valid = 'name: Тестовый музей\nsphere: culture\nterritory: rayon\n';

describe('parseYamlEntry', () => {
  it('reads a valid file into an entry whose id is the file name', () => {
    const result = parseYamlEntry(valid, file, organizationSchema);
    expect(result).toEqual({ ok: true, entry: { id: 'test-muzey', filePath: file, data: { name: 'Тестовый музей', sphere: 'culture', territory: 'rayon' } } });
  });

  it('names the file and the field of a schema violation, in Russian', () => {
    const result = parseYamlEntry(valid.replace('culture', 'kultura'), file, organizationSchema);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ file, field: 'sphere' });
    expect(result.problems[0]!.message).toContain('допустимые значения');
  });

  it('names an unknown key as the field', () => {
    const result = parseYamlEntry(`${valid}colour: red\n`, file, organizationSchema);
    expect(result).toEqual({ ok: false, problems: [{ file, field: 'colour', message: 'неизвестное поле' }] });
  });

  it('reports YAML that does not parse with its line', () => {
    const result = parseYamlEntry('name: "unclosed\nsphere: culture\n', file, organizationSchema);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ file, field: '(файл)' });
    expect(result.problems[0]!.message).toMatch(/^YAML не читается: .+ \(строка \d+\)$/);
  });

  it('reports a missing required field', () => {
    const result = parseYamlEntry('name: Тестовый музей\nsphere: culture\n', file, organizationSchema);
    expect(result).toEqual({ ok: false, problems: [{ file, field: 'territory', message: 'обязательное значение не заполнено' }] });
  });
});

describe('helpers', () => {
  it('writes zod paths the way editors read them', () => {
    expect(fieldPath(['measures', 1, 'number'])).toBe('measures[1].number');
    expect(fieldPath([])).toBe('');
  });

  it('takes the id from the file name', () => {
    expect(entryId('abinskiy-kdc.yaml')).toBe('abinskiy-kdc');
  });

  it('lists every problem under one heading', () => {
    expect(formatSchemaProblems([{ file, field: 'sphere', message: 'x' }, { file, field: 'name', message: 'y' }])).toBe(
      `Содержимое не прошло проверку схемы (2):\n  ${file} → sphere: x\n  ${file} → name: y`,
    );
  });
});
