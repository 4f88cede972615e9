// Content entries read from YAML the way the site's glob loader reads them, without Astro.
import fs from 'node:fs';
import path from 'node:path';
import { load as parse } from 'js-yaml';
import type { z } from 'zod';
import type { Entry } from '../../src/domain/content/graph.ts';

export function yamlEntries<S extends z.ZodType>(
  root: string,
  folder: string,
  schema: S,
): Entry<z.infer<S>>[] {
  const dir = path.join(root, folder);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({
      id: f.replace(/\.yaml$/, ''),
      filePath: `${folder}/${f}`,
      data: schema.parse(parse(fs.readFileSync(path.join(dir, f), 'utf8'))),
    }));
}
