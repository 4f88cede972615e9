// Bad content must fail the build with a message naming every file and field at fault. The rules
// are unit-tested where they live (tests/domain/integrity.test.ts, tests/domain/schemas,
// tests/domain/results/assessment.test.ts, tests/domain/progress/integrity.test.ts); these builds
// prove the wiring, one per stage at which a build reads content: Astro's content layer, the
// operators' registers, and the checks between entries. Each breaks several files where the stage
// can report them together, to show every fault named in one pass.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, copyFixture, readPage } from '../helpers/build.ts';

function edit(dir: string, file: string, change: (text: string) => string) {
  const p = path.join(dir, file);
  fs.writeFileSync(p, change(fs.readFileSync(p, 'utf8')));
}

const hint = /Исправьте перечисленные файлы в папке содержимого/;

describe('building fixture sites', () => {
  it('builds valid content, counts its plans and measures, and shows a name holding markup as text', async () => {
    const hostile = '"><script>alert(3)</script>';
    const dir = copyFixture('minimal');
    fs.mkdirSync(path.join(dir, 'organizations'));
    fs.writeFileSync(
      path.join(dir, 'organizations/test-muzey.yaml'),
      `sphere: culture\nterritory: oblast\nname: '${hostile}'\n`,
    );
    const result = await buildSite({ contentDir: dir });
    expect(result.code, result.output).toBe(0);
    const home = readPage(result.outDir, 'index.html');
    expect(home).toContain('lang="ru"');
    expect(home).toContain(
      '<a href="/territorii/oblast/">Тестовая область</a><span class="muted"> — 1 план, 4 пункта</span>',
    );
    expect(readPage(result.outDir, 'plany/oblast-plan/index.html')).toContain(
      'План мероприятий (тестовый пример)',
    );
    const html = readPage(result.outDir, 'organizatsii/test-muzey/index.html');
    // In text the markup is escaped; in an attribute only the quote needs to be, and is.
    expect(html).toContain('&quot;&gt;&lt;script&gt;alert(3)');
    expect(html).not.toContain('"><script>alert(3)');
    const policy = readPage(result.outDir, 'csp-policy.txt');
    expect(policy).not.toContain(createHash('sha256').update('alert(3)').digest('base64'));
  });

  it('fails on a schema fault in the content layer, naming file and field', async () => {
    const dir = copyFixture('minimal');
    edit(dir, 'territories/oblast.yaml', (t) => t.replace('level: regional', 'level: regionall'));
    const result = await buildSite({ contentDir: dir });
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/territories\/oblast\.yaml/);
    expect(result.output).toMatch(/level/);
  });

  it('fails on bad register files, listing each by file and field, with a hint', async () => {
    const dir = copyFixture('results');
    edit(dir, 'organizations/test-muzey.yaml', (t) =>
      t.replace('sphere: culture', 'sphere: kultura'),
    );
    edit(dir, 'organizations/test-biblioteka.yaml', (t) => `${t}website: "javascript:alert(1)"\n`);
    fs.appendFileSync(path.join(dir, 'assessments/test-muzey-2018.yaml'), 'colour: red\n');
    const result = await buildSite({ contentDir: dir });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('Содержимое не прошло проверку схемы (3)');
    expect(result.output).toMatch(/organizations\/test-muzey\.yaml → sphere: допустимые значения/);
    expect(result.output).toMatch(
      /organizations\/test-biblioteka\.yaml → website: .*http:\/\/ или https:\/\//,
    );
    expect(result.output).toMatch(/assessments\/test-muzey-2018\.yaml → colour: неизвестное поле/);
    expect(result.output).toMatch(hint);
  });

  it('fails on broken links between entries, naming every one in one pass, with a hint', async () => {
    const dir = copyFixture('improvement');
    edit(dir, 'plans/oblast-plan.yaml', (t) =>
      t.replace('territory: oblast', 'territory: atlantis'),
    );
    edit(dir, 'improvement-plans/test-muzey-2019.yaml', (t) =>
      t.replace('actualDate: 2020-02-20', 'actualDate: 2018-12-01'),
    );
    const result = await buildSite({ contentDir: dir, env: { NOK_AS_OF: '2020-06-15' } });
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/plans\/oblast-plan\.yaml → territory/);
    expect(result.output).toMatch(/«atlantis»/);
    expect(result.output).toMatch(
      /improvement-plans\/test-muzey-2019\.yaml → items\[0\]\.progress\.actualDate/,
    );
    expect(result.output).toMatch(/раньше оценки/);
    expect(result.output).toMatch(hint);
  });
});
