// Every page type in headless Chromium: zero axe-core violations (WCAG 2.2 AA), keyboard use.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRealSite } from '../helpers/build.ts';
import {
  axeViolations,
  describeViolations,
  launchBrowser,
  serveStatic,
} from '../helpers/browser.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
let outDir: string;

beforeAll(async () => {
  const result = await buildRealSite();
  expect(result.code, result.output).toBe(0);
  outDir = result.outDir;
  server = await serveStatic(outDir);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(pathname: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  const response = await page.goto(server.origin + pathname);
  expect(response?.status(), pathname).toBe(200);
  return page;
}

const pageTypes = [
  ['home', '/'],
  ['territory with targets and meetings', '/territorii/rossiya/'],
  ['municipal territory', '/territorii/choyskiy-rayon/'],
  ['plan', '/plany/tatarstan-2018-2021/'],
  ['largest plan', '/plany/rossiya-mintrud-2016-2018/'],
  ['accessibility statement', '/dostupnost/'],
  ['survey entry', '/anketa/'],
  ['survey of a sphere, organization in the address', '/anketa/kultura/?org=abinskiy-kdc'],
  ['embedded survey', '/embed/anketa/sotsialnoe-obsluzhivanie/?org=csp-semi-i-detey-bogorodsk'],
  ['open data', '/otkrytye-dannye/'],
] as const;

describe('page types', () => {
  it.each(pageTypes)(
    '%s (%s) has one h1, lang=ru and no axe violations',
    async (_name, pathname) => {
      const page = await open(pathname);
      expect(await page.locator('html').getAttribute('lang')).toBe('ru');
      expect(await page.locator('h1').count()).toBe(1);
      expect(await page.locator('main').count()).toBe(1);
      const violations = await axeViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      await page.close();
    },
  );

  it('has no axe violations at 320 px wide', async () => {
    const page = await open('/plany/tatarstan-2018-2021/', { width: 320, height: 640 });
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.close();
  });
});

describe('a plan page by keyboard alone', () => {
  it('skips to the content and reaches a measure link that cites it', async () => {
    const page = await open('/plany/tatarstan-2018-2021/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(
      'Перейти к основному содержанию',
    );
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    // Tab through the page until the first measure's permalink has focus, then follow it.
    let label: string | null = null;
    for (let i = 0; i < 40 && label !== 'Ссылка на пункт 1.'; i += 1) {
      await page.keyboard.press('Tab');
      label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);
    }
    expect(label).toBe('Ссылка на пункт 1.');
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement!).outlineStyle,
    );
    expect(outline, 'focus must be visible').not.toBe('none');
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe('#measure-1');
    await page.close();
  });
});

describe('JavaScript budget', () => {
  it('ships no JavaScript on pages without charts or forms', () => {
    for (const file of [
      'index.html',
      'plany/tatarstan-2018-2021/index.html',
      'territorii/choyskiy-rayon/index.html',
    ]) {
      const html = fs.readFileSync(path.join(outDir, file), 'utf8');
      expect(html, file).not.toMatch(/<script/);
    }
  });

  it('draws the coverage chart where targets are, with the same data in a table', async () => {
    const page = await open('/territorii/rossiya/');
    const canvas = page.locator('canvas[role="img"]').first();
    await canvas.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => {
      const c = document.querySelector('canvas');
      return (
        c !== null &&
        c.width > 0 &&
        (c as HTMLCanvasElement & { $chartjs?: unknown }).$chartjs !== undefined
      );
    });
    expect(
      await page.locator('table caption', { hasText: 'Доля организаций' }).count(),
    ).toBeGreaterThan(0);
    expect(await page.locator('td', { hasText: 'от 45 до 50' }).count()).toBe(3);
    await page.close();
  });
});
