// Improvement-plan pages in headless Chromium: WCAG 2.2 AA by axe-core, no JavaScript, filters by plain links.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture } from '../helpers/build.ts';
import {
  axeViolations,
  describeViolations,
  launchBrowser,
  serveStatic,
} from '../helpers/browser.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  const result = await buildFixture('improvement');
  expect(result.code, result.output).toBe(0);
  server = await serveStatic(result.outDir);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(
  pathname: string,
  viewport = { width: 1280, height: 900 },
  javaScriptEnabled = true,
): Promise<Page> {
  const page = await browser.newPage({ viewport, javaScriptEnabled });
  const response = await page.goto(server.origin + pathname);
  expect(response?.status(), pathname).toBe(200);
  return page;
}

const pages = [
  ['section entry', '/plany-ustraneniya/'],
  ['territory view', '/plany-ustraneniya/oblast/'],
  ['late list', '/plany-ustraneniya/prosrocheno/'],
  ['filtered late list', '/plany-ustraneniya/prosrocheno/oblast/health/'],
  ['plan of measures with a report', '/plany/oblast-plan/'],
] as const;

describe('improvement plan pages', () => {
  it.each(pages)(
    '%s (%s): one h1, breadcrumbs, no script, no axe violations',
    async (_name, pathname) => {
      const page = await open(pathname);
      expect(await page.locator('html').getAttribute('lang')).toBe('ru');
      expect(await page.locator('h1').count()).toBe(1);
      expect(await page.locator('nav[aria-label="Навигационная цепочка"]').count()).toBe(1);
      expect(await page.locator('script').count()).toBe(0);
      const violations = await axeViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      await page.close();
    },
  );

  it.each([
    ['plan', 'test-muzey'],
    ['synthetic plan', 'test-poliklinika'],
  ])(
    'the organization page with its %s has no axe violations at 320 px wide',
    async (_name, organization) => {
      const page = await open(`/organizatsii/${organization}/`, { width: 320, height: 640 });
      expect(await page.locator(`#plan-ustraneniya-${organization}-2019`).count()).toBe(1);
      const violations = await axeViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      await page.close();
    },
  );

  it('a late measure links to its row on the organization page', async () => {
    const page = await open('/plany-ustraneniya/prosrocheno/');
    const href = await page.locator('table.late-table tbody tr td a').first().getAttribute('href');
    expect(href).toMatch(/^\/organizatsii\/[a-z-]+\/#[a-z0-9-]+-punkt-\d+$/);
    await page.goto(server.origin + href!);
    expect(await page.locator(`[id="${href!.split('#')[1]}"]`).count()).toBe(1);
    await page.close();
  });
});

describe('filtering the late list without JavaScript', () => {
  it('shows the full list, then narrows it by following the region and sphere links by keyboard', async () => {
    const page = await open('/plany-ustraneniya/prosrocheno/', undefined, false);
    const rows = page.locator('table.late-table tbody tr');
    expect(await rows.count()).toBe(5);
    await page.getByRole('link', { name: 'Вторая тестовая область' }).focus();
    await Promise.all([
      page.waitForURL('**/prosrocheno/vtoraya-oblast/'),
      page.keyboard.press('Enter'),
    ]);
    expect(await rows.count()).toBe(1);
    await expect
      .poll(() => page.locator('a[aria-current="page"]').allTextContents())
      .toEqual(['Вторая тестовая область', 'Все']);
    await page.getByRole('link', { name: 'образование' }).click();
    await page.waitForURL('**/prosrocheno/vtoraya-oblast/education/');
    expect(await page.locator('h1').textContent()).toBe(
      'Просроченные мероприятия планов по устранению недостатков: Вторая тестовая область, образование',
    );
    await page.close();
  });
});
