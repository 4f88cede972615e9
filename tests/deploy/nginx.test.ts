// The deployment the README documents, run for real: Debian's nginx with deploy/nginx/*.conf in
// front of scripts/receiver.ts started as the README says, at the root of a host and under
// /nok/. In Chromium a survey answer is sent from the portal's page and from the embed page
// framed by another listed site, with JavaScript and without: each is stored exactly once and
// the no-JavaScript form ends on the portal's result pages. An unlisted origin is refused.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  spawnReceiverWith,
  stopReceiver,
  type ReceiverChild,
} from '../../scripts/bench/loopback.ts';
import { organizationsFile } from '../../src/config/settings.ts';
import { parseOrganizationList } from '../../src/domain/questionnaire/organizationList.ts';
import { fixedSecurityHeaders, policyFiles } from '../../src/domain/security/headers.ts';
import { embedSnippet } from '../../src/domain/survey-client/embed.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { buildRealSite } from '../helpers/build.ts';
import { freePort, NGINX, startNginx, type Nginx } from '../helpers/nginx.ts';
import { answerByClicks, cultureAnswers } from '../helpers/surveyForm.ts';

const repo = path.resolve(import.meta.dirname, '../..');
const origin = (port: number) => `http://127.0.0.1:${port}`;

interface Deployment {
  base: string;
  site: string;
  outDir: string;
  dbPath: string;
  receiver: ReceiverChild;
  nginx: Nginx;
  /** Culture organizations of the build, one per test, so each count is of one answer. */
  organizations: string[];
}

let browser: Browser;
let authority: string;
const deployments: Deployment[] = [];

/** The server block a deployer writes (README «Deploying behind nginx»), around the repository's file. */
function serverBlock(port: number, root: string, csp: string, file: string): string {
  return `server {
    listen 127.0.0.1:${port};
    server_name localhost;
    root ${root};
    include ${csp};
    include ${path.join(repo, 'deploy/nginx', file)};
  }`;
}

/** An authority's page that frames a portal's embed page, as the organization page's snippet does. */
function authorityBlock(port: number, pages: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nok-authority-'));
  for (const [name, html] of Object.entries(pages)) fs.writeFileSync(path.join(dir, name), html);
  return `server { listen 127.0.0.1:${port}; root ${dir}; }`;
}

async function deploy(base: '/' | '/nok/'): Promise<Deployment> {
  const build = await buildRealSite(base);
  expect(build.code, build.output).toBe(0);
  const port = await freePort();
  const site = origin(port);
  // At the root the host's root is dist/ itself; under /nok/ it is the folder that holds nok/.
  const root = base === '/' ? build.outDir : fs.mkdtempSync(path.join(os.tmpdir(), 'nok-host-'));
  if (base !== '/') fs.symlinkSync(build.outDir, path.join(root, 'nok'));
  const dbPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'nok-deploy-')), 'answers.sqlite');
  const list = path.join(build.outDir, organizationsFile);
  // As the README starts it: public origin and base from configuration, the embedding site listed.
  const receiver = await spawnReceiverWith([
    '--db',
    dbPath,
    '--port',
    '0',
    '--public-origin',
    site,
    '--base',
    base,
    '--origins',
    authority,
    '--trust-proxy',
    '--organizations',
    list,
  ]);
  const upstream = `upstream nok_receiver { server 127.0.0.1:${receiver.port}; keepalive 4; }`;
  const csp = path.join(build.outDir, 'nginx-csp.conf');
  const nginx = await startNginx(
    `${upstream}\n${serverBlock(port, root, csp, base === '/' ? 'nok-root.conf' : 'nok-subpath.conf')}`,
    [port],
  );
  const organizations = [...parseOrganizationList(fs.readFileSync(list, 'utf8'))]
    .filter(([, sphere]) => sphere === 'culture')
    .map(([id]) => id);
  return { base, site, outDir: build.outDir, dbPath, receiver, nginx, organizations };
}

function storedFor(d: Deployment, organization: string): number {
  const db = new DatabaseSync(d.dbPath, { readOnly: true });
  try {
    return Number(
      (
        db
          .prepare('SELECT count(*) AS n FROM answers WHERE organization = ?')
          .get(organization) as { n: number }
      ).n,
    );
  } finally {
    db.close();
  }
}

/**
 * Answers on a page or in a frame opened at the organization's questionnaire (?org=), and sends.
 * Nobody types the organization's code: the island reads the address, and without JavaScript the
 * receiver takes it from the page the form came from (Referer, under nginx's Referrer-Policy).
 */
async function answerAndSend(target: Page | Frame, javaScript: boolean): Promise<void> {
  if (javaScript) await target.waitForSelector('astro-island:not([ssr])');
  await answerByClicks(target, cultureAnswers);
  await target.locator('button[type="submit"]').click();
}

/** The form has two status regions (by the heading, by the button): the one that speaks says «sent». */
const sentByScript = (target: Page | Frame) =>
  target.locator('[role="status"]', { hasText: 'отправлено' }).first().waitFor({ timeout: 15_000 });

async function context(javaScript: boolean): Promise<BrowserContext> {
  return browser.newContext({ javaScriptEnabled: javaScript });
}

describe.skipIf(!fs.existsSync(NGINX))(
  'the README deployment: nginx in front of the receiver',
  () => {
    let authorityNginx: Nginx;

    beforeAll(async () => {
      const authorityPort = await freePort();
      authority = origin(authorityPort);
      for (const base of ['/', '/nok/'] as const) deployments.push(await deploy(base));
      const pages = Object.fromEntries(
        deployments.map((d, i) => [
          `embed-${i}.html`,
          `<!doctype html><html lang="ru"><title>Сайт органа власти</title><h1>Анкета</h1>${embedSnippet(`${d.site}${d.base}embed/anketa/kultura/?org=${d.organizations[2]}`, 'Анкета')}`,
        ]),
      );
      authorityNginx = await startNginx(authorityBlock(authorityPort, pages), [authorityPort]);
      browser = await launchBrowser();
    }, 600_000);

    afterAll(async () => {
      await browser?.close();
      await authorityNginx?.stop();
      for (const d of deployments) {
        await d.nginx.stop();
        await stopReceiver(d.receiver);
      }
    });

    describe.each([0, 1])('deployment %i (0: at the root, 1: under /nok/)', (index) => {
      const d = () => deployments[index]!;

      it('sends the build’s policy and the same security headers as npm start', async () => {
        const page = await fetch(`${d().site}${d().base}anketa/`);
        expect(page.status).toBe(200);
        expect(page.headers.get('content-security-policy')).toBe(
          fs.readFileSync(path.join(d().outDir, policyFiles.site), 'utf8').trim(),
        );
        for (const [name, value] of Object.entries(fixedSecurityHeaders))
          expect(page.headers.get(name), name).toBe(value);
        const embed = await fetch(`${d().site}${d().base}embed/anketa/kultura/`);
        expect(embed.headers.get('content-security-policy')).toBe(
          fs.readFileSync(path.join(d().outDir, policyFiles.embed), 'utf8').trim(),
        );
        for (const [name, value] of Object.entries(fixedSecurityHeaders))
          expect(embed.headers.get(name), name).toBe(value);
        const csv = await fetch(`${d().site}${d().base}dannye/organizations.csv`);
        expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      });

      it('stores an answer sent from the portal’s page with JavaScript, once', async () => {
        const org = d().organizations[0]!;
        const browserContext = await context(true);
        const page = await browserContext.newPage();
        await page.goto(`${d().site}${d().base}anketa/kultura/?org=${org}`);
        await answerAndSend(page, true);
        await sentByScript(page);
        expect(storedFor(d(), org)).toBe(1);
        await browserContext.close();
      });

      it('stores an answer sent without JavaScript, once, and shows the portal’s «sent» page', async () => {
        const org = d().organizations[1]!;
        const browserContext = await context(false);
        const page = await browserContext.newPage();
        await page.goto(`${d().site}${d().base}anketa/kultura/?org=${org}`);
        await answerAndSend(page, false);
        await page.waitForURL(`${d().site}${d().base}anketa/otpravleno/`);
        expect(await page.locator('h1').textContent()).toBe('Ответы отправлены');
        expect(storedFor(d(), org)).toBe(1);
        await browserContext.close();
      });

      it.each([true, false])(
        'stores an answer from the embed page framed by another listed site (JavaScript: %s), once',
        async (javaScript) => {
          const org = d().organizations[2]!;
          const before = storedFor(d(), org);
          const browserContext = await context(javaScript);
          const page = await browserContext.newPage();
          await page.goto(`${authority}/embed-${index}.html`);
          const frame = await (await page.waitForSelector('iframe')).contentFrame();
          if (!frame) throw new Error('the embed frame did not load');
          await frame.waitForLoadState();
          await answerAndSend(frame, javaScript);
          if (javaScript) await sentByScript(frame);
          else {
            // The portal's own «sent» page may not be framed; the embed has its own.
            await frame.waitForURL(`${d().site}${d().base}embed/anketa/otpravleno/`);
            expect(await frame.locator('h1').textContent()).toBe('Ответы отправлены');
          }
          expect(storedFor(d(), org)).toBe(before + 1);
          await browserContext.close();
        },
      );

      it('refuses a post from an unlisted site, and stores nothing', async () => {
        const org = d().organizations[3]!;
        const fields = {
          organization: org,
          sphere: 'culture',
          questionnaire: '675н-2018',
          website: '',
          ...cultureAnswers,
        };
        const post = (type: string, body: string) =>
          fetch(`${d().site}${d().base}api/answers`, {
            method: 'POST',
            headers: { 'Content-Type': type, Origin: 'https://evil.example' },
            body,
            redirect: 'manual',
          });
        const json = await post(
          'application/json',
          JSON.stringify({
            id: crypto.randomUUID(),
            organization: org,
            sphere: 'culture',
            questionnaire: '675н-2018',
            answers: cultureAnswers,
          }),
        );
        expect(json.status).toBe(403);
        const form = await post(
          'application/x-www-form-urlencoded',
          new URLSearchParams(fields).toString(),
        );
        expect(form.status).toBe(303);
        expect(form.headers.get('location')).toBe(
          `${d().site}${d().base}anketa/oshibka/?reason=forbidden`,
        );
        expect(storedFor(d(), org)).toBe(0);
      });
    });
  },
);
