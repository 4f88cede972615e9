// The site under the strict Content-Security-Policy its build generates, served from a
// sub-path as the README's nginx example does: no violation is reported, and islands still run.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRealSite } from '../helpers/build.ts';
import { launchBrowser, serveStatic } from '../helpers/browser.ts';

const base = '/nok/';
let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  const result = await buildRealSite(base);
  expect(result.code, result.output).toBe(0);
  const policy = fs.readFileSync(path.join(result.outDir, 'csp-policy.txt'), 'utf8').trim();
  const embedPolicy = fs
    .readFileSync(path.join(result.outDir, 'csp-policy-embed.txt'), 'utf8')
    .trim();
  server = await serveStatic(result.outDir, base, (pathname) => ({
    'Content-Security-Policy': pathname.startsWith(`${base}embed/`) ? embedPolicy : policy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  }));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const pages = [
  '',
  'territorii/rossiya/',
  'plany/rossiya-mintrud-2016-2018/',
  'poisk/?q=анкета',
  'anketa/',
  'anketa/kultura/?org=abinskiy-kdc',
  'embed/anketa/kultura/?org=abinskiy-kdc',
  'otkrytye-dannye/',
];

describe.concurrent('strict CSP', () => {
  it.each(pages)('%s loads with no CSP violation', async (page) => {
    const tab = await browser.newPage();
    const violations: string[] = [];
    tab.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    const response = await tab.goto(`${server.origin}${base}${page}`);
    expect(response?.status()).toBe(200);
    await tab.waitForLoadState('networkidle');
    await tab.mouse.wheel(0, 20000);
    await tab.waitForTimeout(300);
    expect(violations).toEqual([]);
    await tab.close();
  });

  it.each(['anketa/kultura/', 'embed/anketa/kultura/'])(
    'still runs the survey island under the policy, directory included (%s)',
    async (page) => {
      const tab = await browser.newPage();
      await tab.goto(`${server.origin}${base}${page}?org=abinskiy-kdc`);
      // The organization's name comes from the directory shard the island fetched under /nok/.
      await tab.locator('.survey .lead', { hasText: 'Абинский КДЦ' }).waitFor();
      expect(await tab.locator('button[type="submit"]').count()).toBe(1);
      await tab.close();
    },
  );

  it('still draws charts under the policy', async () => {
    const tab = await browser.newPage();
    await tab.goto(`${server.origin}${base}territorii/rossiya/`);
    await tab.locator('canvas').first().scrollIntoViewIfNeeded();
    await tab.waitForFunction(
      () =>
        document.querySelector<HTMLCanvasElement & { $chartjs?: unknown }>('canvas')?.$chartjs !==
        undefined,
    );
    await tab.close();
  });
});
