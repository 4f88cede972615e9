// Bad content must fail the build with a message naming the file and the field.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, copyFixture, readPage } from '../helpers/build.ts';

function edit(dir: string, file: string, change: (text: string) => string) {
  const p = path.join(dir, file);
  fs.writeFileSync(p, change(fs.readFileSync(p, 'utf8')));
}

describe('building fixture sites', () => {
  it('builds valid content and counts its plans and measures on the home page', async () => {
    const result = await buildSite({ contentDir: copyFixture('minimal') });
    expect(result.code, result.output).toBe(0);
    const html = readPage(result.outDir, 'index.html');
    expect(html).toContain('lang="ru"');
    expect(html).toContain(
      '<a href="/territorii/oblast/">Тестовая область</a><span class="muted"> — 1 план, 4 пункта</span>',
    );
    expect(readPage(result.outDir, 'plany/oblast-plan/index.html')).toContain(
      'План мероприятий (тестовый пример)',
    );
  });

  // One build per kind of fault proves the wiring: a schema fault and a fault between entries
  // fail the build with file and field. Each rule itself is unit-tested where it lives
  // (tests/domain/schemas, tests/domain/integrity.test.ts).
  const broken: Array<[string, string, (t: string) => string, RegExp[]]> = [
    [
      'a schema violation',
      'territories/oblast.yaml',
      (t) => t.replace('level: regional', 'level: regionall'),
      [/territories\/oblast\.yaml/, /level/],
    ],
    [
      'a missing territory',
      'plans/oblast-plan.yaml',
      (t) => t.replace('territory: oblast', 'territory: atlantis'),
      [/plans\/oblast-plan\.yaml → territory/, /«atlantis»/],
    ],
  ];

  it.each(broken)('fails on %s, naming file and field', async (_name, file, change, patterns) => {
    const dir = copyFixture('minimal');
    edit(dir, file, change);
    const result = await buildSite({ contentDir: dir });
    expect(result.code).not.toBe(0);
    for (const pattern of patterns) expect(result.output).toMatch(pattern);
  });

  const withOrganization = (yaml: string) => {
    const dir = copyFixture('minimal');
    fs.mkdirSync(path.join(dir, 'organizations'));
    fs.writeFileSync(
      path.join(dir, 'organizations/test-muzey.yaml'),
      `sphere: culture\nterritory: oblast\n${yaml}`,
    );
    return dir;
  };

  it('fails on a website that is not http(s), naming file and field', async () => {
    const result = await buildSite({
      contentDir: withOrganization('name: Тестовый музей\nwebsite: "javascript:alert(1)"\n'),
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/organizations\/test-muzey\.yaml/);
    expect(result.output).toMatch(/website/);
    expect(result.output).toMatch(/http:\/\/ или https:\/\//);
  });

  it('shows a name that holds markup as text, and lets no script of it into the policy', async () => {
    const hostile = '"><script>alert(3)</script>';
    const result = await buildSite({ contentDir: withOrganization(`name: '${hostile}'\n`) });
    expect(result.code, result.output).toBe(0);
    const html = readPage(result.outDir, 'organizatsii/test-muzey/index.html');
    // In text the markup is escaped; in an attribute only the quote needs to be, and is.
    expect(html).toContain('&quot;&gt;&lt;script&gt;alert(3)');
    expect(html).not.toContain('"><script>alert(3)');
    const policy = readPage(result.outDir, 'csp-policy.txt');
    expect(policy).not.toContain(createHash('sha256').update('alert(3)').digest('base64'));
  });
});
