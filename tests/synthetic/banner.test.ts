// A build from a tree with dataset.yaml `synthetic: true` must say so on every page; a real tree must not.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, buildSite, copyFixture, type BuildResult } from '../helpers/build.ts';

const BANNER = 'Синтетические данные — не настоящие результаты';
const htmlPages = (dir: string) =>
  fs.readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.join(e.parentPath, e.name));

let synthetic: BuildResult;
let real: BuildResult;

beforeAll(async () => {
  const tree = copyFixture('results');
  fs.writeFileSync(path.join(tree, 'dataset.yaml'), 'synthetic: true\nnote: Синтетическое дерево для теста.\n');
  synthetic = await buildSite({ contentDir: tree });
  real = await buildFixture('results');
});

describe('synthetic data banner', () => {
  it('is on every page, with «(синтетические данные)» in the title of every portal page', () => {
    expect(synthetic.code, synthetic.output).toBe(0);
    const pages = htmlPages(synthetic.outDir);
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) {
      const html = fs.readFileSync(page, 'utf8');
      expect(html, page).toContain(BANNER);
      // Embedded questionnaires keep their own short title; every portal page marks its title.
      if (!page.includes(`${path.sep}embed${path.sep}`)) expect(html, page).toMatch(/<title>[^<]*\(синтетические данные\)/);
    }
  });

  it('is absent from a build of real content (no dataset.yaml)', () => {
    expect(real.code, real.output).toBe(0);
    const pages = htmlPages(real.outDir);
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) expect(fs.readFileSync(page, 'utf8'), page).not.toContain(BANNER);
  });
});
