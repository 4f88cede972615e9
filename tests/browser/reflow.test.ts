// Reflow (WCAG 1.4.10): every page type at 320 and 375 px CSS wide, as a phone shows it. No page
// is wider than the screen, every deadline of a measure lies inside the viewport, axe finds
// nothing, and the plan and survey pages are photographed at 375 px into test-artifacts/ (git
// ignored) for people to look at.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, buildRealSite } from '../helpers/build.ts';
import {
  axeViolations,
  describeViolations,
  launchBrowser,
  serveStatic,
} from '../helpers/browser.ts';
import { answerByClicks, cultureAnswers } from '../helpers/surveyForm.ts';

type Server = Awaited<ReturnType<typeof serveStatic>>;

const artifacts = path.resolve(import.meta.dirname, '../../test-artifacts');
const widths = [320, 375] as const;

let browser: Browser;
let real: Server;
let improvement: Server;

beforeAll(async () => {
  const site = await buildRealSite();
  expect(site.code, site.output).toBe(0);
  const fixture = await buildFixture('improvement');
  expect(fixture.code, fixture.output).toBe(0);
  real = await serveStatic(site.outDir);
  improvement = await serveStatic(fixture.outDir);
  browser = await launchBrowser();
  fs.mkdirSync(artifacts, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await real?.close();
  await improvement?.close();
});

/** Horizontal overflow of the page, and every deadline cell that is not inside the viewport. */
async function measure(
  page: Page,
): Promise<{ scrollWidth: number; innerWidth: number; deadlines: number; outside: string[] }> {
  return page.evaluate(() => {
    const cells = [...document.querySelectorAll<HTMLElement>('.measure-deadline')];
    const outside = cells.filter((c) => {
      const r = c.getBoundingClientRect();
      return r.left < 0 || r.right > window.innerWidth;
    });
    return {
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      deadlines: cells.length,
      outside: outside.map((c) => c.closest('tr')?.id || c.textContent.trim().slice(0, 40)),
    };
  });
}

async function expectReflows(page: Page, what: string, minDeadlines = 0): Promise<void> {
  const m = await measure(page);
  expect(
    m.scrollWidth,
    `${what}: page ${m.scrollWidth} px wide in ${m.innerWidth} px`,
  ).toBeLessThanOrEqual(m.innerWidth);
  expect(m.deadlines, `${what}: deadline cells`).toBeGreaterThanOrEqual(minDeadlines);
  expect(m.outside, `${what}: deadlines outside the viewport`).toEqual([]);
  const violations = await axeViolations(page);
  expect(violations, `${what}:\n${describeViolations(violations)}`).toEqual([]);
}

const snap = (page: Page, name: string) =>
  page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });

// [name, server, path, measures' deadline cells at least]
const pages: [string, () => Server, string, number][] = [
  ['home', () => real, '/', 0],
  ['territories index', () => real, '/territorii/', 0],
  ['territory with targets and meetings', () => real, '/territorii/rossiya/', 0],
  ['plan', () => real, '/plany/tatarstan-2018-2021/', 1],
  ['largest plan', () => real, '/plany/rossiya-mintrud-2016-2018/', 1],
  ['organization with results', () => real, '/organizatsii/mikhaylovskiy-mkc/', 0],
  ['organizations of a territory', () => real, '/territorii/krasnodarskiy-kray/organizatsii/', 0],
  ['territory results', () => real, '/rezultaty/krasnodarskiy-kray/', 0],
  ['results index', () => real, '/rezultaty/', 0],
  ['method', () => real, '/rezultaty/metodika/344n-2018/', 0],
  ['search', () => real, '/poisk/', 0],
  ['open data', () => real, '/otkrytye-dannye/', 0],
  ['accessibility statement', () => real, '/dostupnost/', 0],
  ['survey entry', () => real, '/anketa/', 0],
  ['survey sent without JavaScript', () => real, '/anketa/otpravleno/', 0],
  ['survey refused without JavaScript', () => real, '/anketa/oshibka/', 0],
  ['improvement entry', () => improvement, '/plany-ustraneniya/', 0],
  ['improvement of a territory', () => improvement, '/plany-ustraneniya/oblast/', 0],
  ['late list', () => improvement, '/plany-ustraneniya/prosrocheno/', 1],
  ['organization with an improvement plan', () => improvement, '/organizatsii/test-muzey/', 1],
];

describe.each(widths)('at %i px', (width) => {
  it.each(pages)('%s (%s) fits the screen', async (name, server, pathname, minDeadlines) => {
    const page = await browser.newPage({ viewport: { width, height: 720 } });
    const response = await page.goto(server().origin + pathname);
    expect(response?.status(), pathname).toBe(200);
    await expectReflows(page, `${name} at ${width}`, minDeadlines);
    if (width === 375 && name === 'plan') await snap(page, 'plan-375');
    await page.close();
  });
});

/** The survey of a culture organization, answered; `reply` stands in for the receiver. */
async function answeredSurvey(width: number, reply: 'sent' | 'offline' | 'refused'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 720 } });
  const page = await context.newPage();
  await page.route('**/api/answers', (route) =>
    reply === 'offline'
      ? route.abort('internetdisconnected')
      : reply === 'sent'
        ? route.fulfill({ status: 201, contentType: 'application/json', body: '{}' })
        : route.fulfill({
            status: 422,
            contentType: 'application/json',
            body: JSON.stringify({
              errors: [{ field: 'q6', message: 'Вопрос 5: проверка на сервере.' }],
            }),
          }),
  );
  await page.goto(`${real.origin}/anketa/kultura/?org=abinskiy-kdc`);
  await page.waitForSelector('astro-island:not([ssr])');
  await page.locator('.survey .lead', { hasText: 'Абинск' }).waitFor();
  return page;
}

const stateText = {
  sent: 'Ответы отправлены',
  offline: 'ожидает отправки',
  refused: 'проверка на сервере',
} as const;

describe.each(widths)('the survey at %i px', (width) => {
  it.each(['sent', 'offline', 'refused'] as const)(
    'after a submit that is %s, shows its state where the citizen looks, and fits',
    async (reply) => {
      const page = await answeredSurvey(width, reply);
      await expectReflows(page, `survey empty at ${width}`);
      if (width === 375 && reply === 'sent') await snap(page, 'survey-375');
      await answerByClicks(page, cultureAnswers);
      await page.click('button[type="submit"]');
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
        .toContain(stateText[reply]);
      // Its heading or first line must be on screen: focus scrolls an element's top into view.
      const focused = await page.evaluate(() => {
        const r = document.activeElement!.getBoundingClientRect();
        return { top: Math.round(r.top), height: window.innerHeight };
      });
      expect(focused.top, 'the focused status is on screen').toBeGreaterThanOrEqual(0);
      expect(focused.top, 'the focused status is on screen').toBeLessThan(focused.height - 40);
      await expectReflows(page, `survey ${reply} at ${width}`);
      if (width === 375) await snap(page, `survey-${reply}-375`);
      await page.context().close();
    },
  );
});
