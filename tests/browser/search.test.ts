// The search page in headless Chromium: typing, the announced count, a filter, the address,
// following a result to its measure, no-JavaScript fallback and axe-core.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRealSite } from '../helpers/build.ts';
import {
  axeViolations,
  describeViolations,
  launchBrowser,
  serveStatic,
} from '../helpers/browser.ts';

const base = '/nok/';
let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  // Under a sub-path, so every link and index file must be base-aware.
  const result = await buildRealSite(base);
  expect(result.code, result.output).toBe(0);
  server = await serveStatic(result.outDir, base);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openSearch(query = ''): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const response = await page.goto(`${server.origin}${base}poisk/${query}`);
  expect(response?.status()).toBe(200);
  await page.locator('#search-query').waitFor({ state: 'visible' });
  return page;
}

const status = (page: Page) => page.locator('[role="status"]');

describe('search page', () => {
  it('finds measures as one types, announces the count, filters, and keeps it all in the address', async () => {
    const page = await openSearch();
    expect(await status(page).getAttribute('aria-live')).toBe('polite');
    await page.locator('#search-query').pressSequentially('анкеты', { delay: 20 });
    await expect
      .poll(() => status(page).textContent(), { timeout: 5000 })
      .toMatch(/^Найден[аоы]? \d+ запис/);
    const hits = page.locator('.search-results > li');
    expect(await hits.count()).toBeGreaterThan(0);
    expect(await page.locator('.search-results mark').first().textContent()).toMatch(/^анкет/i);

    await page.locator('#f-region').selectOption('tatarstan');
    await expect.poll(() => page.evaluate(() => location.search)).toContain('region=tatarstan');
    await expect
      .poll(async () =>
        (await hits.allTextContents()).every((t) => t.includes('Республика Татарстан')),
      )
      .toBe(true);
    expect(new URLSearchParams(await page.evaluate(() => location.search)).get('q')).toBe('анкеты');

    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.close();
  });

  it('restores a shared search from the address and leads to the exact measure', async () => {
    const page = await openSearch(
      `?q=${encodeURIComponent('анкеты')}&region=tatarstan&vid=measure`,
    );
    expect(await page.locator('#search-query').inputValue()).toBe('анкеты');
    await expect.poll(() => page.locator('#f-kind').inputValue()).toBe('measure');
    const link = page.locator('.search-results a').first();
    await link.waitFor();
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/nok\/plany\/tatarstan-2018-2021\/#measure-\d+(-\d+)*$/);
    await link.click();
    await page.waitForURL((u) => u.pathname === '/nok/plany/tatarstan-2018-2021/');
    const hash = new URL(page.url()).hash;
    expect(hash).toBe(href!.slice(href!.indexOf('#')));
    expect(await page.locator(`tr${hash}`).count()).toBe(1);
    expect(await page.locator(`tr${hash}`).textContent()).toMatch(/анкет/i);
    await page.close();
  });

  it('is usable by keyboard: from the query to the filters', async () => {
    const page = await openSearch();
    await page.locator('#search-query').focus();
    await page.keyboard.type('заседаниях общественного совета');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-level');
    await expect.poll(() => page.locator('.search-results > li').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('tells how to browse instead when JavaScript is off, and ships JavaScript only for the island', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.origin}${base}poisk/`);
    expect(await page.locator('noscript, .note').first().textContent()).toMatch(/без него/i);
    expect(await page.locator('.search-app').isVisible()).toBe(false);
    const scripts = await page.locator('script[src], script[type="module"]').count();
    const islands = await page.locator('astro-island').count();
    expect(islands).toBe(1);
    expect(scripts).toBeLessThanOrEqual(2);
    await context.close();
  });
});
