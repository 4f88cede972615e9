// The organization finder: sphere, region, part of the name with a typo, then the organization's
// questionnaire; one region's file downloaded; accessible at 320 px; and the same path without JavaScript.
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

beforeAll(async () => {
  const result = await buildRealSite();
  expect(result.code, result.output).toBe(0);
  server = await serveStatic(result.outDir);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function expectNoAxeViolations(page: Page, state: string): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, `${state}:\n${describeViolations(violations)}`).toEqual([]);
}

describe.each(['/anketa/', '/organizatsii/'])('the finder on %s', (pathname) => {
  it('finds an organization typed with a mistake in its region and opens its questionnaire', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    const files: string[] = [];
    page.on('request', (r) => {
      const m = new URL(r.url()).pathname.match(/^\/anketa\/spisok\/(.+)$/);
      if (m) files.push(m[1]!);
    });
    await page.goto(`${server.origin}${pathname}`);
    await page.waitForSelector('astro-island:not([ssr])');
    await page.getByLabel('Сфера').selectOption({ label: 'культура' });
    await page.getByLabel('Регион').selectOption({ label: 'Краснодарский край' });
    const name = page.getByLabel('Название организации');
    await expect.poll(() => name.isEnabled()).toBe(true);
    await name.pressSequentially('абинскй кдц');
    const first = page.locator('.finder-results li').first();
    await expect.poll(() => first.locator('a').first().textContent()).toBe('МАУ «Абинский КДЦ»');
    expect(await first.locator('a').first().getAttribute('href')).toBe(
      '/organizatsii/abinskiy-kdc/',
    );
    await expect
      .poll(() => page.locator('.finder-summary').textContent(), { timeout: 5000 })
      .toMatch(/^Найден/);
    // One region's names, never the country's.
    expect(files).toEqual(['krasnodarskiy-kray/kultura.json']);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );
    await expectNoAxeViolations(page, 'results at 320 px');
    await first.getByRole('link', { name: /Оценить условия оказания услуг/ }).click();
    await page.waitForURL(`${server.origin}/anketa/kultura/?org=abinskiy-kdc`);
    await page.locator('.survey .lead', { hasText: 'МАУ «Абинский КДЦ»' }).waitFor();
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('walks region → organization list → questionnaire by plain links', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.origin}/anketa/`);
    await page.locator('.finder-lists summary').click();
    await page.getByRole('link', { name: 'Краснодарский край' }).click();
    await page.waitForURL(`${server.origin}/territorii/krasnodarskiy-kray/organizatsii/`);
    const row = page.locator('tr', {
      has: page.getByRole('link', { name: 'МАУ «Абинский КДЦ»', exact: true }),
    });
    expect(await row.getByRole('link', { name: /^Оценить/ }).getAttribute('href')).toBe(
      '/anketa/kultura/?org=abinskiy-kdc',
    );
    await context.close();
  });
});
