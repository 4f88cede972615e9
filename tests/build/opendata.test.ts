// The downloads: each CSV parses back to the same records as its JSON, counts match the
// «Открытые данные» page, and datapackage.json describes every file truthfully.
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { z } from 'zod';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildRealSite } from '../helpers/build.ts';
import { datasets } from '../../src/domain/opendata/datasets.ts';
import { rowSchemas } from '../../src/domain/opendata/rows.ts';
import { rowsFromCsv } from '../../src/domain/opendata/csv.ts';

let out: string;
const read = (file: string) => fs.readFileSync(path.join(out, file), 'utf8');

beforeAll(async () => {
  const result = await buildRealSite();
  expect(result.code, result.output).toBe(0);
  out = result.outDir;
});

describe.each(datasets.map((d) => d.id))('dataset %s', (id) => {
  it('CSV (UTF-8 with BOM) and JSON hold the same records, valid against the schema', () => {
    const csv = read(`dannye/${id}.csv`);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const json = JSON.parse(read(`dannye/${id}.json`)) as object[];
    // No real 457-form plan exists yet; that dataset's records are checked on the improvement fixture.
    if (id !== 'improvement-plans') expect(json.length).toBeGreaterThan(0);
    expect(rowsFromCsv(rowSchemas[id], csv)).toEqual(z.array(rowSchemas[id]).parse(json));
  });

  it("has a citizen's .xlsx beside it, linked from the open data page", () => {
    expect(read('otkrytye-dannye/index.html')).toContain(`href="/dannye/${id}.xlsx" download`);
    // An .xlsx is a zip archive: «PK», then the workbook parts.
    expect(
      fs
        .readFileSync(path.join(out, `dannye/${id}.xlsx`))
        .subarray(0, 2)
        .toString('latin1'),
    ).toBe('PK');
  });

  it('states its row count on the open data page', () => {
    const json = JSON.parse(read(`dannye/${id}.json`)) as object[];
    const row = new RegExp(
      `<tr id="dataset-${id}">[\\s\\S]*?<td class="num"[^>]*>([^<]+)</td>`,
    ).exec(read('otkrytye-dannye/index.html'));
    expect(Number(row?.[1]?.replace(/\s/g, ''))).toBe(json.length);
  });
});

const fieldSchema = z.strictObject({
  name: z.string().min(1),
  type: z.enum(['string', 'number', 'integer', 'boolean', 'date', 'any']),
  description: z.string().optional(),
  constraints: z.strictObject({ required: z.boolean(), enum: z.array(z.unknown()).optional() }),
});
const descriptorSchema = z.object({
  profile: z.literal('tabular-data-package'),
  name: z.string().regex(/^[a-z0-9._-]+$/),
  licenses: z.array(z.object({ name: z.string(), path: z.url() })).min(1),
  resources: z.array(
    z.object({
      profile: z.literal('tabular-data-resource'),
      name: z.string().regex(/^[a-z0-9._-]+$/),
      path: z.string(),
      format: z.literal('csv'),
      encoding: z.literal('utf-8'),
      schema: z.strictObject({ fields: z.array(fieldSchema).min(1) }),
    }),
  ),
});

describe('datapackage.json', () => {
  it('is a valid tabular data package whose fields are the CSV headers', () => {
    const descriptor = descriptorSchema.parse(JSON.parse(read('dannye/datapackage.json')));
    expect(descriptor.resources.map((r) => r.name)).toEqual(datasets.map((d) => d.id));
    for (const resource of descriptor.resources) {
      const csv = read(path.join('dannye', resource.path)).replace(/^\uFEFF/, '');
      const header = Papa.parse<string[]>(csv, { preview: 1 }).data[0];
      expect(header, resource.name).toEqual(resource.schema.fields.map((f) => f.name));
    }
  });

  it('marks a blank act number as not required, and a range target with two numbers', () => {
    const descriptor = descriptorSchema.parse(JSON.parse(read('dannye/datapackage.json')));
    const acts = descriptor.resources.find((r) => r.name === 'acts')!;
    expect(acts.schema.fields.find((f) => f.name === 'number')).toMatchObject({
      type: 'string',
      constraints: { required: false },
    });
    const targets = descriptor.resources.find((r) => r.name === 'coverage-targets')!;
    expect(targets.schema.fields.find((f) => f.name === 'target_min')).toMatchObject({
      type: 'number',
    });
  });
});

describe('table downloads of territory pages', () => {
  it('offer the .xlsx first and the CSV beside it', () => {
    const page = read('territorii/rossiya/index.html');
    expect(page).toMatch(
      /Скачать целевые показатели: <a href="\/dannye\/pokazateli\/rossiya\.xlsx" download>таблица Excel.*?<\/a> · <a href="\/dannye\/pokazateli\/rossiya\.csv" download>CSV/,
    );
    expect(fs.existsSync(path.join(out, 'dannye/pokazateli/rossiya.xlsx'))).toBe(true);
  });
});

describe('feed and sitemap', () => {
  it('publishes an Atom feed and a sitemap of every page', () => {
    expect(read('izmeneniya.xml')).toMatch(/<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/);
    const sitemap = read('sitemap-0.xml');
    expect(sitemap).toContain('/plany/tatarstan-2018-2021/');
    expect(sitemap).toContain('/territorii/choyskiy-rayon/');
  });
});
