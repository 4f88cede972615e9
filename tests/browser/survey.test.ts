// The citizen survey in headless Chromium against the real receiver serving the built site:
// keyboard-only completion, offline queueing with exactly-once storage, axe-core in every state
// of the form, 320 px, the no-JavaScript POST, and the embed reporting its height.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReceiver } from '../../src/receiver/index.ts';
import { embedSnippet, heightMessageType } from '../../src/domain/survey-client/embed.ts';
import { buildRealSite } from '../helpers/build.ts';
import { axeViolations, describeViolations, launchBrowser } from '../helpers/browser.ts';

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
  receiver = createReceiver({ dbPath, staticDir: outDir, rateLimit: false });
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
    return db.prepare(`SELECT id, organization, answers_json, proposal FROM answers WHERE ${where}`).all(...params) as unknown as Row[];
  } finally {
    db.close();
  }
}

async function openSurvey(context: BrowserContext, org: string): Promise<Page> {
  const page = await context.newPage();
  const response = await page.goto(`${origin}/anketa/${org}/`);
  expect(response?.status()).toBe(200);
  // Astro drops «ssr» from the island once it has hydrated.
  await page.waitForSelector('astro-island:not([ssr])');
  return page;
}

async function expectNoAxeViolations(page: Page, state: string): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, `${state}:\n${describeViolations(violations)}`).toEqual([]);
}

/** A complete culture answer (no Q5): «Нет» to Q3, Q7 and Q11 so their follow-ups stay hidden. */
const cultureAnswers: Record<string, string> = {
  q1: 'yes', q2: 'yes', q3: 'no', q6: 'yes', q7: 'no', q9: 'yes', q10: 'no', q11: 'no', q13: 'yes', q14: 'yes', q15: 'yes', q17: 'female',
};
const socialAnswers: Record<string, string> = { ...cultureAnswers, q5: 'yes' };

async function answerByClicks(page: Page, answers: Record<string, string>): Promise<void> {
  for (const [question, value] of Object.entries(answers)) await page.check(`input[name="${question}"][value="${value}"]`);
}

const status = (page: Page) => page.locator('[role="status"]');
const outboxKeys = (page: Page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('nok-anketa:')));

describe('survey by keyboard alone', () => {
  it('completes the questionnaire with Tab, Space, arrows and Enter, and the receiver stores it', async () => {
    const context = await browser.newContext();
    const page = await openSurvey(context, culture);
    const proposal = 'Больше скамеек в фойе';
    const answered = new Set<string>();
    let submitted = false;
    for (let i = 0; i < 120 && !submitted; i += 1) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement | null;
        return { tag: el?.tagName ?? '', type: el?.type ?? '', name: el?.name ?? '', value: el?.value ?? '' };
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
    await expect.poll(() => status(page).textContent(), { timeout: 15_000 }).toContain('отправлено');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('survey-panel'))).toBe(true);
    await expectNoAxeViolations(page, 'sent');

    const stored = rows('organization = ?', culture);
    expect(stored).toHaveLength(1);
    expect(JSON.parse(stored[0]!.answers_json)).toEqual({ ...cultureAnswers, q18: '18-29' });
    expect(stored[0]!.proposal).toBe(proposal);
    expect(await outboxKeys(page), 'draft and queue are cleared after the confirmation').toEqual([]);
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
    expect(await page.evaluate(() => document.activeElement?.classList.contains('survey-error-summary'))).toBe(true);
    expect(await summary.getAttribute('role')).toBe('alert');
    const links = summary.locator('a');
    expect(await links.first().textContent()).toBe('Вопрос 1: ответьте на вопрос.');
    expect(await links.count()).toBe(await page.locator('fieldset').count() - 1); // all but optional Q18
    const q6describedBy = (await page.locator('fieldset:has(#field-q6)').getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`#${q6describedBy}`).textContent()).toContain('Вопрос 5: ответьте на вопрос.');
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
      route.fulfill({ status: 422, contentType: 'application/json', body: JSON.stringify({ errors: [{ field: 'q6', message: 'Вопрос 5: проверка на сервере.' }] }) }),
    );
    await answerByClicks(page, cultureAnswers);
    await page.click('button[type="submit"]');
    await page.locator('.survey-error-summary a', { hasText: 'проверка на сервере' }).waitFor();
    expect(await page.isChecked('input[name="q6"][value="yes"]')).toBe(true);
    expect(await outboxKeys(page), 'the draft stays, the queue entry goes').toEqual([`nok-anketa:draft:${culture}`]);
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
    await expect.poll(() => status(page).textContent(), { timeout: 30_000 }).toContain('отправлено');
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
    await expect.poll(() => status(page).textContent(), { timeout: 30_000 }).toContain('отправлено');
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
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expectNoAxeViolations(page, 'empty at 320 px');
    await answerByClicks(page, cultureAnswers);
    await page.click('button[type="submit"]');
    await expect.poll(() => status(page).textContent(), { timeout: 15_000 }).toContain('отправлено');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(rows('organization = ?', 'muzey-abinskogo-rayona')).toHaveLength(1);
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('posts the plain form and lands on the result page; the answer is stored', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${origin}/anketa/kholmskiy-kdc/`);
    // Every question is on the page at once, follow-ups included.
    expect(await page.locator('input[name="q2"]').count()).toBe(2);
    await page.click('button[type="submit"]');
    await page.waitForURL(/\/anketa\/oshibka\/\?reason=invalid/);
    expect(await page.locator('h1').textContent()).toBe('Ответы не отправлены');
    await page.goBack();
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

describe('embedding', () => {
  it('reports its height to the host page, and the snippet resizes the iframe', async () => {
    const src = `${origin}/embed/anketa/${culture}/`;
    const hostPage = `<!doctype html><html lang="ru"><head><title>Сайт органа власти</title></head><body>
      <script>window.heights = []; addEventListener('message', (e) => { if (e.data && e.data.type === '${heightMessageType}') heights.push(e.data.height); });</script>
      ${embedSnippet(src, 'Анкета')}</body></html>`;
    // Served from another origin, as an authority's site would be.
    const host = http.createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(hostPage));
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    const page = await browser.newPage();
    try {
      await page.goto(`http://127.0.0.1:${(host.address() as AddressInfo).port}/`);
      await page.waitForFunction(() => (window as unknown as { heights: number[] }).heights.length > 0, undefined, { timeout: 15_000 });
      const frame = page.frameLocator('iframe');
      await frame.locator('h1').waitFor();
      const inner = await page.frames()[1]!.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      await expect.poll(() => page.evaluate(() => document.querySelector('iframe')!.style.height)).toBe(`${inner}px`);
      expect(inner).toBeGreaterThan(1000);
      // Revealing a follow-up makes the form taller, and the frame follows.
      await frame.locator('input[name="q1"][value="yes"]').check();
      await expect.poll(() => page.evaluate(() => parseInt(document.querySelector('iframe')!.style.height, 10))).toBeGreaterThan(inner);
    } finally {
      await page.close();
      await new Promise((resolve) => host.close(resolve));
    }
  });
});

/** JS files a page loads: scripts, island components and renderers, and their static imports. */
function shippedJs(html: string): Map<string, number> {
  const queue = [...html.matchAll(/(?:src|component-url|renderer-url)="(\/_astro\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const sizes = new Map<string, number>();
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (sizes.has(file)) continue;
    const code = fs.readFileSync(path.join(outDir, file));
    sizes.set(file, gzipSync(code, { level: 9 }).length);
    for (const m of code.toString('utf8').matchAll(/(?:from|import)\s*"(\.\/[^"]+\.js)"/g)) queue.push(path.posix.join(path.posix.dirname(file), m[1]!));
  }
  return sizes;
}

describe('JavaScript weight', () => {
  it('keeps the form’s own code small and zod out of the browser', () => {
    const html = fs.readFileSync(path.join(outDir, `anketa/${culture}/index.html`), 'utf8');
    const sizes = shippedJs(html);
    const inline = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].reduce((n, m) => n + gzipSync(m[1]!, { level: 9 }).length, 0);
    const total = [...sizes.values()].reduce((a, b) => a + b, 0);
    console.log(`survey page JS (gzip -9): files ${total} B (${[...sizes].map(([f, n]) => `${path.basename(f)} ${n}`).join(', ')}), inline ${inline} B`);
    const form = [...sizes].find(([f]) => path.basename(f).startsWith('SurveyForm.'));
    expect(form, 'the island chunk is loaded').toBeDefined();
    expect(form![1]).toBeLessThan(8 * 1024);
    for (const file of sizes.keys()) expect(fs.readFileSync(path.join(outDir, file), 'utf8'), file).not.toMatch(/ZodError|\$ZodType/);
  });
});
