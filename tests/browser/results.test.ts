// Organization and results pages in headless Chromium: zero axe-core violations (WCAG 2.2 AA),
// the chart drawn with its table, and the results table re-sorted by keyboard.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, buildRealSite, type BuildResult } from '../helpers/build.ts';
import {
  axeViolations,
  describeViolations,
  launchBrowser,
  serveStatic,
} from '../helpers/browser.ts';

type Server = Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;
let real: Server;
let fixture: Server;

async function serveBuild(build: Promise<BuildResult>): Promise<Server> {
  const result = await build;
  expect(result.code, result.output).toBe(0);
  return serveStatic(result.outDir);
}

beforeAll(async () => {
  real = await serveBuild(buildRealSite());
  fixture = await serveBuild(buildFixture('results'));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await real?.close();
  await fixture?.close();
});

async function open(
  server: Server,
  pathname: string,
  viewport = { width: 1280, height: 900 },
): Promise<Page> {
  const page = await browser.newPage({ viewport });
  const response = await page.goto(server.origin + pathname);
  expect(response?.status(), pathname).toBe(200);
  return page;
}

const pages: [string, () => Server, string][] = [
  ['organization with published criteria', () => real, '/organizatsii/mikhaylovskiy-mkc/'],
  ['organization with an old-method total only', () => real, '/organizatsii/kinoteatr-soyuz/'],
  ['organization with a computed result', () => fixture, '/organizatsii/test-muzey/'],
  ['territory results', () => real, '/rezultaty/abinskiy-rayon/'],
  ['federal results', () => real, '/rezultaty/rossiya/'],
  ['fixture territory results', () => fixture, '/rezultaty/oblast/'],
  ['band convention', () => real, '/rezultaty/shkala/'],
  ['organizations index', () => real, '/organizatsii/'],
  ['organizations of a region', () => real, '/territorii/krasnodarskiy-kray/organizatsii/'],
  ['results index', () => real, '/rezultaty/'],
];

describe('organization and results pages', () => {
  it.each(pages)(
    '%s has one h1, lang=ru and no axe violations',
    async (_name, server, pathname) => {
      const page = await open(server(), pathname);
      expect(await page.locator('html').getAttribute('lang')).toBe('ru');
      expect(await page.locator('h1').count()).toBe(1);
      const violations = await axeViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      await page.close();
    },
  );

  it('has no axe violations at 320 px wide', async () => {
    const page = await open(fixture, '/organizatsii/test-muzey/', { width: 320, height: 640 });
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.close();
  });

  it('draws the criteria chart next to the table with the same numbers', async () => {
    const page = await open(real, '/organizatsii/mikhaylovskiy-mkc/');
    await page.locator('canvas[role="img"]').first().scrollIntoViewIfNeeded();
    await page.waitForFunction(
      () =>
        document.querySelector<HTMLCanvasElement & { $chartjs?: unknown }>('canvas')?.$chartjs !==
        undefined,
    );
    expect(await page.locator('canvas[role="img"]').first().getAttribute('aria-label')).toContain(
      'Те же данные приведены в таблице',
    );
    expect(await page.locator('td', { hasText: '90,43' }).count()).toBeGreaterThan(0);
    await page.close();
  });
});

describe('the results table', () => {
  const totals = (page: Page) =>
    page
      .locator('table[data-sortable] tbody tr td:nth-last-child(2)')
      .evaluateAll((cells) => cells.map((c) => (c as HTMLElement).dataset.value));

  it('is ordered by total without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${real.origin}/rezultaty/abinskiy-rayon/`);
    const values = (await totals(page)).map(Number);
    expect(values).toHaveLength(16);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(await page.locator('.sort-button').count()).toBe(0);
    await context.close();
  });

  it('re-sorts by a column from the keyboard and says so with aria-sort', async () => {
    const page = await open(real, '/rezultaty/abinskiy-rayon/');
    const header = page.locator('table[data-sortable] thead th', { hasText: /^Итог$/ });
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    await header.locator('.sort-button').focus();
    await page.keyboard.press('Enter');
    const values = (await totals(page)).map(Number);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    await page.close();
  });
});
