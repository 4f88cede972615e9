import { formulaGuardNote } from './formulaGuard.ts';
import { z } from 'zod';
import { columnsOf, jsonTypes, type JsonProperty } from './csv.ts';
import { LICENCE, datasets } from './datasets.ts';
import { rowSchemas } from './rows.ts';

/** A JSON Schema column → a Frictionless Table Schema field. */
function tableField(name: string, property: JsonProperty) {
  const variants = property.anyOf ?? [property];
  const all = jsonTypes(property);
  const types = [...new Set(all.filter((t) => t !== 'null'))];
  const nullable = all.includes('null');
  const type =
    types.length === 1
      ? types[0] === 'string' && variants.some((v) => v.format === 'date')
        ? 'date'
        : types[0]!
      : 'any';
  const enumValues = variants.find((v) => v.enum)?.enum;
  return {
    name,
    type,
    ...(property.description ? { description: property.description } : {}),
    constraints: { required: !nullable, ...(enumValues ? { enum: enumValues } : {}) },
  };
}

export function tableSchema(schema: z.ZodObject<z.ZodRawShape>) {
  const json = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as {
    properties: Record<string, JsonProperty>;
  };
  return { fields: columnsOf(schema).map((name) => tableField(name, json.properties[name] ?? {})) };
}

/** The Frictionless Data Package describing every download. */
export function dataPackage(options: {
  version: string;
  updated: string;
  homepage: string;
  csvPath: (id: string) => string;
}) {
  return {
    profile: 'tabular-data-package',
    name: 'nok-portal',
    title: 'Независимая оценка качества условий оказания услуг: открытые данные портала',
    // A program reading the CSV files needs the formula guard to recover the exact text.
    description: formulaGuardNote,
    homepage: options.homepage,
    version: options.version,
    created: options.updated,
    licenses: [LICENCE],
    resources: datasets.map((d) => ({
      profile: 'tabular-data-resource',
      name: d.id,
      title: d.title,
      description: d.description,
      path: options.csvPath(d.id),
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',', lineTerminator: '\r\n', header: true },
      schema: tableSchema(rowSchemas[d.id]),
    })),
  };
}
