// The citizen survey in headless Chromium against the real receiver serving the built site:
// one questionnaire page per sphere with the organization in the address (?org=), looked up in
// the static directory; keyboard-only completion, every organization state (found, unknown,
// another sphere, directory unreachable), offline queueing with exactly-once storage, axe-core
// in every state of the form, 320 px, the no-JavaScript POST with the organization code typed
// in, and the embed reporting its height.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organizationsFile } from '../../src/config/settings.ts';
import { createReceiver, loadOrganizations } from '../../src/receiver/index.ts';
import { embedSnippet, heightMessageType } from '../../src/domain/survey-client/embed.ts';
import {
  entryIn,
  type DirectoryEntry,
} from '../../src/domain/survey-client/organizationDirectory.ts';
import { sphereSlug } from '../../src/domain/questionnaire/sphereSlugs.ts';
import { buildRealSite } from '../helpers/build.ts';
import { pageJs, totalOf } from '../../scripts/bench/pageJs.ts';
import { axeViolations, describeViolations, launchBrowser } from '../helpers/browser.ts';
import { answerByClicks, cultureAnswers } from '../helpers/surveyForm.ts';

const culture = 'abinskiy-kdc';
const social = 'csp-semi-i-detey-bogorodsk';

let browser: Browser;
let receiver: http.Server;
let origin: string;
let outDir: string;
let dbPath: string;

beforeAll(async () => {
  // The shared build runs without vitest's NODE_ENV=test, so this measures the production bundle users get.
  const result = await buildRealSite();
  expect(result.code, result.output).toBe(0);
  outDir = result.outDir;
  dbPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'nok-survey-')), 'answers.sqlite');
  receiver = createReceiver({
    dbPath,
    staticDir: outDir,
    rateLimit: false,
    organizations: loadOrganizations(path.join(outDir, organizationsFile)),
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => {
    receiver?.close(resolve);
    receiver?.closeAllConnections();
  });
});

interface Row {
  id: string;
  organization: string;
  answers_json: string;
  proposal: string | null;
}

function rows(where: string, ...params: string[]): Row[] {
  const db = new DatabaseSync(dbPath, { readOnly: true });
  try {
    return db
      .prepare(`SELECT id, organization, answers_json, proposal FROM answers WHERE ${where}`)
      .all(...params) as unknown as Row[];
  } finally {
    db.close();
  }
}

/** An organization as the built directory lists it (every shard file of the build). */
function directoryEntry(id: string): DirectoryEntry {
  const dir = path.join(outDir, 'anketa/organizatsii');
  for (const file of fs.readdirSync(dir)) {
    const entry = entryIn(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')), id);
    if (entry) return entry;
  }
  throw new Error(`no organization «${id}» in the built directory`);
}

/** The sphere page's address for an organization: `/anketa/<sphere slug>/?org=<id>`. */
const surveyPath = (org: string, prefix = '') =>
  `${prefix}/anketa/${sphereSlug[directoryEntry(org).sphere]}/?org=${org}`;

async function openPage(context: BrowserContext, pathname: string): Promise<Page> {
  const page = await context.newPage();
  const response = await page.goto(`${origin}${pathname}`);
  expect(response?.status()).toBe(200);
  // Astro drops «ssr» from the island once it has hydrated.
  await page.waitForSelector('astro-island:not([ssr])');
  return page;
}

/** Waits until the island has found the organization: its name leads the form. */
const organizationShown = (page: Page, org: string) =>
  page.locator('.survey .lead', { hasText: directoryEntry(org).name }).waitFor();

async function openSurvey(context: BrowserContext, org: string): Promise<Page> {
  const page = await openPage(context, surveyPath(org));
  await organizationShown(page, org);
  return page;
}

async function expectNoAxeViolations(page: Page, state: string): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, `${state}:\n${describeViolations(violations)}`).toEqual([]);
}

const socialAnswers: Record<string, string> = { ...cultureAnswers, q5: 'yes' };

// Two live regions, never both filled: the organization's (top) and the sent answer's (below the form).
const status = (page: Page) => page.locator('.survey [role="status"]:not(:empty)');
const outboxKeys = (page: Page) =>
  page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('nok-anketa:')));

describe('survey by keyboard alone', () => {
  it('completes the questionnaire with Tab, Space, arrows and Enter, and the receiver stores it', async () => {
    const context = await browser.newContext();
    const page = await openSurvey(context, culture);
    const { name, territory } = directoryEntry(culture);
    expect(await page.locator('.survey .lead').textContent()).toContain(`${name}, ${territory}`);
    expect(await page.title()).toContain(name);
    // The no-JavaScript code field stays inert text inside <noscript>: the id comes from the address.
    expect(await page.locator('input[name="organization"]').count()).toBe(0);
    const proposal = 'Больше скамеек в фойе';
    const answered = new Set<string>();
    let submitted = false;
    for (let i = 0; i < 120 && !submitted; i += 1) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement | null;
        return {
          tag: el?.tagName ?? '',
          type: el?.type ?? '',
          name: el?.name ?? '',
          value: el?.value ?? '',
        };
      });
      if (focused.tag === 'BUTTON' && focused.type === 'submit') {
        await page.keyboard.press('Enter');
        submitted = true;
      } else if (focused.tag === 'TEXTAREA' && !answered.has(focused.name)) {
        await page.keyboard.type(proposal);
        answered.add(focused.name);
      } else if (focused.type === 'radio' && !answered.has(focused.name)) {
        const wanted = cultureAnswers[focused.name] ?? '18-29';
        // Tabbing into an unanswered group lands on its first option; arrows move to the others.
        let value = focused.value;
        for (let step = 0; value !== wanted && step < 6; step += 1) {
          await page.keyboard.press('ArrowDown');
          value = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
        }
        if (focused.value === wanted) await page.keyboard.press('Space');
        answered.add(focused.name);
      }
    }
    expect(submitted, 'the submit button was reached by Tab').toBe(true);
    await expect
      .poll(() => status(page).textContent(), { timeout: 15_000 })
      .toContain('отправлено');
    // The panel takes focus in an effect, after the frame that shows it: under load a few ms later.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.classList.contains('survey-panel')))
      .toBe(true);
    await expectNoAxeViolations(page, 'sent');

    const stored = rows('organization = ?', culture);
    expect(stored).toHaveLength(1);
    expect(JSON.parse(stored[0]!.answers_json)).toEqual({ ...cultureAnswers, q18: '18-29' });
    expect(stored[0]!.proposal).toBe(proposal);
    expect(await outboxKeys(page), 'draft and queue are cleared after the confirmation').toEqual(
      [],
    );
    await context.close();
  });
});

describe('form states', () => {
  it('never pre-selects an answer and has no axe violations when empty', async () => {
    const context = await browser.newContext();
    const page = await openSurvey(context, social);
    expect(await page.locator('input[type="radio"]:checked').count()).toBe(0);
    // Social services ask Q5 (waiting time); follow-ups wait for «Да».
    expect(await page.locator('input[name="q5"]').count()).toBe(2);
    expect(await page.locator('input[name="q2"]').count()).toBe(0);
    expect(await page.locator('fieldset legend').first().textContent()).toContain('Вопрос 1.');
    const q16 = page.locator('#field-q16');
    const describedBy = (await q16.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`#${describedBy}`).textContent()).toContain('Не указывайте фамилию');
    expect(await page.locator('label[for="field-q16"]').textContent()).toContain('необязательный');
    await expectNoAxeViolations(page, 'empty');
    await context.close();
  });

  it('shows a focused error summary whose links reach each question', async () => {
    const context = await browser.newContext();
    const page = await openSurvey(context, culture);
    await page.click('button[type="submit"]');
    const summary = page.locator('.survey-error-summary');
    await summary.waitFor();
    expect(
      await page.evaluate(() => document.activeElement?.classList.contains('survey-error-summary')),
    ).toBe(true);
    expect(await summary.getAttribute('role')).toBe('alert');
    const links = summary.locator('a');
    expect(await links.first().textContent()).toBe('Вопрос 1: ответьте на вопрос.');
    expect(await links.count()).toBe((await page.locator('fieldset').count()) - 1); // all but optional Q18
    const q6describedBy =
      (await page.locator('fieldset:has(#field-q6)').getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`#${q6describedBy}`).textContent()).toContain(
      'Вопрос 5: ответьте на вопрос.',
    );
    await expectNoAxeViolations(page, 'error summary');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('field-q1');
    expect(await outboxKeys(page), 'nothing was queued').toEqual([]);
    await context.close();
  });

  it('reveals the follow-up after «Да», hides it after «Нет», and keeps a draft across a reload', async () => {
    const context = await browser.newContext();
    const page = await openSurvey(context, culture);
    await page.check('input[name="q1"][value="yes"]');
    await expect.poll(() => page.locator('#field-q2').isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'skip revealed');
    await page.check('input[name="q2"][value="no"]');
    await page.reload();
    await page.waitForSelector('astro-island:not([ssr])');
    // The draft is restored once the directory confirms the organization.
    await organizationShown(page, culture);
    expect(await page.isChecked('input[name="q1"][value="yes"]')).toBe(true);
    expect(await page.isChecked('input[name="q2"][value="no"]')).toBe(true);
    expect(await status(page).textContent()).toContain('Восстановлены');
    await page.check('input[name="q1"][value="no"]');
    expect(await page.locator('input[name="q2"]').count()).toBe(0);
    await context.close();
  });

  it('keeps a refused (422) answer on screen with the receiver reasons', async () => {
    const context = await browser.newContext();
    const page = await openSurvey(context, culture);
    await page.route('**/api/answers', (route) =>
      route.fulfill({
        status: 422,
        contentType: 'application/json',
        body: JSON.stringify({
          errors: [{ field: 'q6', message: 'Вопрос 5: проверка на сервере.' }],
        }),
      }),
    );
    await answerByClicks(page, cultureAnswers);
    await page.click('button[type="submit"]');
    await page.locator('.survey-error-summary a', { hasText: 'проверка на сервере' }).waitFor();
    expect(await page.isChecked('input[name="q6"][value="yes"]')).toBe(true);
    expect(await outboxKeys(page), 'the draft stays, the queue entry goes').toEqual([
      `nok-anketa:draft:${culture}`,
    ]);
    await context.close();
  });
});

describe('the organization in the address', () => {
  const submitButtons = (page: Page) => page.locator('button[type="submit"]').count();
  const findLinks = async (page: Page) => ({
    search: await status(page).getByRole('link', { name: 'поиск по порталу' }).getAttribute('href'),
    list: await status(page).getByRole('link', { name: 'списке организаций' }).getAttribute('href'),
  });

  it('names an unknown organization, points to the search and the list, and offers no form', async () => {
    const context = await browser.newContext();
    const page = await openPage(context, '/anketa/kultura/?org=net-takoy-organizatsii');
    await expect
      .poll(() => status(page).textContent())
      .toContain('Организации с кодом «net-takoy-organizatsii» на портале нет');
    expect(await findLinks(page)).toEqual({ search: '/poisk/', list: '/organizatsii/' });
    expect(await submitButtons(page)).toBe(0);
    expect(await page.locator('input[type="radio"]').count()).toBe(0);
    await expectNoAxeViolations(page, 'unknown organization');
    await context.close();
  });

  it('refuses a malformed code before fetching anything', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const fetched: string[] = [];
    page.on('request', (r) => r.url().includes('/anketa/organizatsii/') && fetched.push(r.url()));
    await page.goto(`${origin}/anketa/kultura/?org=Abinskiy_KDC`);
    await page.waitForSelector('astro-island:not([ssr])');
    await expect
      .poll(() => status(page).textContent())
      .toContain('Код организации в адресе анкеты записан с ошибкой');
    expect(await submitButtons(page)).toBe(0);
    expect(fetched).toEqual([]);
    await expectNoAxeViolations(page, 'malformed code');
    await context.close();
  });

  it('without an organization shows the questions to read, not to send', async () => {
    const context = await browser.newContext();
    const page = await openPage(context, '/anketa/sotsialnoe-obsluzhivanie/');
    await expect
      .poll(() => status(page).textContent())
      .toContain('В адресе анкеты не указана организация');
    expect(await findLinks(page)).toEqual({ search: '/poisk/', list: '/organizatsii/' });
    expect(await page.locator('input[name="q5"]').count()).toBe(2);
    expect(await page.locator('fieldset:not([disabled])').count()).toBe(0);
    expect(await submitButtons(page)).toBe(0);
    await expectNoAxeViolations(page, 'no organization');
    await context.close();
  });

  it('sends an organization of another sphere to its own questionnaire, keeping ?org=', async () => {
    const context = await browser.newContext();
    const page = await openPage(context, `/anketa/obrazovanie/?org=${culture}`);
    const link = status(page).getByRole('link', {
      name: `Открыть анкету для организации «${directoryEntry(culture).name}»`,
    });
    await link.waitFor();
    expect(await status(page).textContent()).toContain('относится к сфере «культура»');
    expect(await link.getAttribute('href')).toBe(`/anketa/kultura/?org=${culture}`);
    expect(await submitButtons(page)).toBe(0);
    await expectNoAxeViolations(page, 'another sphere');
    await link.click();
    await page.waitForURL(`${origin}/anketa/kultura/?org=${culture}`);
    await organizationShown(page, culture);
    await context.close();
  });

  it('says the organization cannot be checked while the directory is unreachable, and retries', async () => {
    const context = await browser.newContext();
    await context.route('**/anketa/organizatsii/*.json', (route) =>
      route.abort('internetdisconnected'),
    );
    const page = await openPage(context, surveyPath(culture));
    await expect
      .poll(() => status(page).textContent())
      .toContain('Сейчас не удаётся проверить организацию');
    expect(await submitButtons(page)).toBe(0);
    await expectNoAxeViolations(page, 'directory unreachable');
    await context.unroute('**/anketa/organizatsii/*.json');
    await page.getByRole('button', { name: 'Повторить' }).click();
    await organizationShown(page, culture);
    expect(await submitButtons(page)).toBe(1);
    await context.close();
  });

  it('restores an answer still queued for the organization, even while the directory is unreachable', async () => {
    const context = await browser.newContext();
    const org = 'akhtyrskiy-kdc';
    await context.route('**/api/answers', (route) => route.abort('internetdisconnected'));
    const page = await openSurvey(context, org);
    await answerByClicks(page, cultureAnswers);
    await page.click('button[type="submit"]');
    await expect.poll(() => status(page).textContent()).toContain('ожидает отправки');
    await context.route('**/anketa/organizatsii/*.json', (route) =>
      route.abort('internetdisconnected'),
    );
    await page.reload();
    await page.waitForSelector('astro-island:not([ssr])');
    await expect.poll(() => status(page).textContent()).toContain('ожидает отправки');
    expect(await page.isChecked('input[name="q6"][value="yes"]')).toBe(true);
    expect(await page.locator('#field-q1').isDisabled(), 'a queued answer is locked').toBe(true);
    await expectNoAxeViolations(page, 'queued after a reload');
    await context.unrouteAll();
    await page.getByRole('button', { name: 'Отправить сейчас' }).click();
    await expect
      .poll(() => status(page).textContent(), { timeout: 30_000 })
      .toContain('отправлено');
    expect(rows('organization = ?', org)).toHaveLength(1);
    await context.close();
  });
});

describe('nothing lost', () => {
  it('queues an answer sent offline and stores it exactly once when the connection returns', async () => {
    const context = await browser.newContext();
    const page = await openSurvey(context, social);
    await answerByClicks(page, socialAnswers);
    await context.setOffline(true);
    await page.click('button[type="submit"]');
    await expect.poll(() => status(page).textContent()).toContain('ожидает отправки');
    const queued = (await outboxKeys(page)).filter((k) => k.includes(':outbox:'));
    expect(queued).toHaveLength(1);
    const id = queued[0]!.split(':').at(-1)!;
    expect(rows('id = ?', id)).toHaveLength(0);
    await expectNoAxeViolations(page, 'queued');

    await context.setOffline(false);
    await expect
      .poll(() => status(page).textContent(), { timeout: 30_000 })
      .toContain('отправлено');
    expect(rows('id = ?', id)).toHaveLength(1);
    expect(rows('organization = ?', social)).toHaveLength(1);
    expect(await outboxKeys(page)).toEqual([]);
    await expectNoAxeViolations(page, 'sent');
    await context.close();
  });

  it('retries with the same id when the confirmation is lost, and the receiver keeps one row', async () => {
    const context = await browser.newContext();
    const page = await openSurvey(context, 'kinoteatr-soyuz');
    let attempts = 0;
    const ids = new Set<string>();
    await page.route('**/api/answers', async (route) => {
      attempts += 1;
      ids.add((JSON.parse(route.request().postData() ?? '{}') as { id: string }).id);
      if (attempts > 1) return route.continue();
      await route.fetch(); // the receiver stores the answer…
      await route.abort('connectionreset'); // …and the reply never reaches the page
    });
    await answerByClicks(page, cultureAnswers);
    await page.click('button[type="submit"]');
    await expect
      .poll(() => status(page).textContent(), { timeout: 30_000 })
      .toContain('отправлено');
    expect(attempts).toBeGreaterThanOrEqual(2);
    expect(ids.size).toBe(1);
    expect(rows('id = ?', [...ids][0]!)).toHaveLength(1);
    await context.close();
  });
});

describe('small screens', () => {
  it('fits 320 px without horizontal scrolling and can be sent', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await openSurvey(context, 'muzey-abinskogo-rayona');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );
    await expectNoAxeViolations(page, 'empty at 320 px');
    await answerByClicks(page, cultureAnswers);
    await page.click('button[type="submit"]');
    await expect
      .poll(() => status(page).textContent(), { timeout: 15_000 })
      .toContain('отправлено');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );
    expect(rows('organization = ?', 'muzey-abinskogo-rayona')).toHaveLength(1);
    await context.close();
  });
});

/**
 * axe cannot run where scripts are off, so the page's no-JS DOM is served again, at the same
 * address (same styles), to a page that runs scripts: its own scripts stripped so nothing
 * hydrates, and <noscript> turned into <div> so the code field is parsed as it was shown.
 */
async function asRenderedWithoutJs(noJs: Page): Promise<Page> {
  const html = (await noJs.content())
    .replace(/<script\b[\s\S]*?<\/script>/g, '')
    .replace(/<(\/?)noscript>/g, '<$1div>');
  const page = await browser.newPage();
  await page.route(noJs.url(), (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  await page.goto(noJs.url());
  expect(await page.getByLabel('Код организации').count()).toBe(1);
  return page;
}

describe('without JavaScript', () => {
  it('posts the plain form with the organization code typed in and lands on the result page; the answer is stored', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    // Opened without ?org= (from the questionnaire list, not an organization's link).
    await page.goto(`${origin}/anketa/${sphereSlug.culture}/`);
    // Every question is on the page at once, follow-ups included.
    expect(await page.locator('input[name="q2"]').count()).toBe(2);
    // The form asks for the code the organization page shows; left empty, the receiver refuses it.
    const code = page.getByLabel('Код организации');
    expect(await code.getAttribute('name')).toBe('organization');
    expect(await page.locator('#survey-organization-hint').textContent()).toContain(
      'укажите код со страницы организации',
    );
    const rendered = await asRenderedWithoutJs(page);
    await expectNoAxeViolations(rendered, 'no JavaScript');
    await rendered.close();
    await page.click('button[type="submit"]');
    await page.waitForURL(/\/anketa\/oshibka\/\?reason=invalid&fields=organization%2C/);
    expect(await page.locator('h1').textContent()).toBe('Ответы не отправлены');
    await page.goBack();
    await code.fill('kholmskiy-kdc');
    await answerByClicks(page, { ...cultureAnswers, q4: 'yes' });
    await page.click('button[type="submit"]');
    await page.waitForURL(`${origin}/anketa/otpravleno/`);
    expect(await page.locator('h1').textContent()).toBe('Ответы отправлены');
    const stored = rows('organization = ?', 'kholmskiy-kdc');
    expect(stored).toHaveLength(1);
    // Q4 follows «Нет» to Q3, so the receiver drops it.
    expect(JSON.parse(stored[0]!.answers_json)).toEqual(cultureAnswers);
    await context.close();
  });
});

describe('without JavaScript, by an organization’s link', () => {
  it('knows the organization from the page’s address: nobody types a code', async () => {
    const org = 'mingrelskiy-kdc';
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${origin}${surveyPath(org)}`);
    await answerByClicks(page, cultureAnswers);
    await page.click('button[type="submit"]');
    await page.waitForURL(`${origin}/anketa/otpravleno/`);
    expect(rows('organization = ?', org)).toHaveLength(1);
    await context.close();
  });
});

describe('before the island starts', () => {
  it('posts the server-rendered form with the organization from the address while React is still downloading', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // Every island script is held unanswered: React is «still loading» for the whole test.
    const held: { abort: () => Promise<void> }[] = [];
    await page.route(/\/_astro\/.+\.js$/, (route) => void held.push(route));
    await page.goto(`${origin}${surveyPath('olginskiy-kdc')}`);
    await expect.poll(() => held.length).toBeGreaterThan(0);
    expect(await page.locator('astro-island[ssr]').count()).toBe(1);
    // Nothing to type: the hidden field took the organization from the address.
    expect(await page.getByLabel('Код организации').count()).toBe(0);
    await answerByClicks(page, cultureAnswers);
    await page.click('button[type="submit"]');
    await page.waitForURL(`${origin}/anketa/otpravleno/`);
    expect(await page.locator('h1').textContent()).toBe('Ответы отправлены');
    const stored = rows('organization = ?', 'olginskiy-kdc');
    expect(stored).toHaveLength(1);
    expect(JSON.parse(stored[0]!.answers_json)).toEqual(cultureAnswers);
    await Promise.all(held.map((r) => r.abort().catch(() => undefined)));
    await context.close();
  });
});

describe('embedding', () => {
  it('reports its height to the host page, and the snippet resizes the iframe', async () => {
    const src = `${origin}${surveyPath(culture, '/embed')}`;
    const hostPage = `<!doctype html><html lang="ru"><head><title>Сайт органа власти</title></head><body>
      <script>window.heights = []; addEventListener('message', (e) => { if (e.data && e.data.type === '${heightMessageType}') heights.push(e.data.height); });</script>
      ${embedSnippet(src, 'Анкета')}</body></html>`;
    // Served from another origin, as an authority's site would be.
    const host = http.createServer((_req, res) =>
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(hostPage),
    );
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    const page = await browser.newPage();
    try {
      await page.goto(`http://127.0.0.1:${(host.address() as AddressInfo).port}/`);
      await page.waitForFunction(
        () => (window as unknown as { heights: number[] }).heights.length > 0,
        undefined,
        { timeout: 15_000 },
      );
      const frame = page.frameLocator('iframe');
      await frame.locator('h1').waitFor();
      // The embed found the organization in its own address, and grew once the form came back.
      await frame.locator('.survey .lead', { hasText: directoryEntry(culture).name }).waitFor();
      await frame.locator('button[type="submit"]').waitFor();
      const inner = await page
        .frames()[1]!
        .evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      await expect
        .poll(() => page.evaluate(() => document.querySelector('iframe')!.style.height))
        .toBe(`${inner}px`);
      expect(inner).toBeGreaterThan(1000);
      // Revealing a follow-up makes the form taller, and the frame follows.
      await frame.locator('input[name="q1"][value="yes"]').check();
      await expect
        .poll(() =>
          page.evaluate(() => parseInt(document.querySelector('iframe')!.style.height, 10)),
        )
        .toBeGreaterThan(inner);
    } finally {
      await page.close();
      await new Promise((resolve) => host.close(resolve));
    }
  });
});

describe('JavaScript weight', () => {
  it('keeps the form’s own code small and zod out of the browser', () => {
    const { files: sizes, inline } = pageJs(outDir, 'anketa/kultura/index.html');
    const total = totalOf(sizes);
    console.log(
      `survey page JS (gzip -9): files ${total} B (${[...sizes].map(([f, n]) => `${path.basename(f)} ${n}`).join(', ')}), inline ${inline} B`,
    );
    const form = [...sizes].find(([f]) => path.basename(f).startsWith('SurveyForm.'));
    expect(form, 'the island chunk is loaded').toBeDefined();
    expect(form![1]).toBeLessThan(8 * 1024);
    for (const file of sizes.keys())
      expect(fs.readFileSync(path.join(outDir, file), 'utf8'), file).not.toMatch(
        /ZodError|\$ZodType/,
      );
  });
});
