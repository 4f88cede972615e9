import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validAnswers } from '../domain/questionnaire/fixtures.ts';
import { rawGet, send, startReceiver, type Running } from './harness.ts';

function write(root: string, rel: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  fs.writeFileSync(path.join(root, rel), text);
}

function makeSite(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'nok-site-'));
  write(root, 'index.html', '<h1>НОК</h1>');
  write(root, 'anketa/index.html', '<h1>Анкета</h1>');
  write(root, 'anketa/kultura/index.html', '<h1>Анкета получателя услуг</h1>');
  write(
    root,
    'anketa/spheres.json',
    '{"format":"nok-organizations/1","organizations":{"abinskiy-kdc":"culture","muzey-1":"culture","kholmskiy-kdc":"culture"}}',
  );
  write(root, 'csp-policy.txt', "default-src 'self'; frame-ancestors 'none'\n");
  write(root, 'csp-policy-embed.txt', "default-src 'self'; frame-ancestors *\n");
  write(
    root,
    'anketa/organizatsii/0.json',
    '{"abinskiy-kdc":{"name":"МАУ «Абинский КДЦ»","sphere":"culture","territory":"Абинский район"}}',
  );
  write(root, '_astro/app.js', 'export {};');
  write(root, 'style.css', 'body{}');
  write(root, 'data/rows.csv', 'a,b');
  write(root, '404.html', '<h1>Не найдено</h1>');
  // A secret next to the site root that traversal must not reach.
  fs.writeFileSync(path.join(root, '..', `${path.basename(root)}-secret.txt`), 'SECRET');
  fs.symlinkSync('/etc', path.join(root, 'etc-link'));
  return root;
}

describe('static site', () => {
  let r: Running;
  let root: string;
  beforeAll(async () => {
    root = makeSite();
    r = await startReceiver({ staticDir: root });
  });
  afterAll(() => r.stop());

  it.each([
    ['/', 'text/html; charset=utf-8', 'НОК'],
    ['/anketa/', 'text/html; charset=utf-8', 'Анкета'],
    // One questionnaire page per sphere; the organization rides in the query string.
    ['/anketa/kultura/?org=abinskiy-kdc', 'text/html; charset=utf-8', 'Анкета получателя услуг'],
    ['/anketa/organizatsii/0.json', 'application/json; charset=utf-8', 'Абинский КДЦ'],
    ['/_astro/app.js', 'text/javascript; charset=utf-8', 'export'],
    ['/style.css', 'text/css; charset=utf-8', 'body'],
    ['/data/rows.csv', 'text/csv; charset=utf-8', 'a,b'],
  ])('serves %s as %s', async (p, type, text) => {
    const reply = await send(r.port, { method: 'GET', path: p });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe(type);
    expect(reply.text).toContain(text);
  });

  it('sends the build’s policy and the security headers with every page, the embed policy under /embed/', async () => {
    write(root, 'embed/anketa/kultura/index.html', '<h1>Анкета</h1>');
    const page = await send(r.port, { method: 'GET', path: '/anketa/' });
    expect(page.headers['content-security-policy']).toBe(
      "default-src 'self'; frame-ancestors 'none'",
    );
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(page.headers['permissions-policy']).toBe('camera=(), microphone=(), geolocation=()');
    const embed = await send(r.port, { method: 'GET', path: '/embed/anketa/kultura/' });
    expect(embed.headers['content-security-policy']).toBe("default-src 'self'; frame-ancestors *");
    const missing = await send(r.port, { method: 'GET', path: '/net-takoy/' });
    expect(missing.headers['content-security-policy']).toBe(
      "default-src 'self'; frame-ancestors 'none'",
    );
  });

  it('redirects a directory without its slash', async () => {
    const reply = await send(r.port, { method: 'GET', path: '/anketa?x=1' });
    expect(reply.status).toBe(301);
    expect(reply.headers['location']).toBe('/anketa/?x=1');
  });

  it('keeps the organization in the query when it adds the slash to a survey address', async () => {
    const reply = await send(r.port, { method: 'GET', path: '/anketa/kultura?org=abinskiy-kdc' });
    expect(reply.status).toBe(301);
    expect(reply.headers['location']).toBe('/anketa/kultura/?org=abinskiy-kdc');
  });

  it('serves 404.html with status 404 for a missing page', async () => {
    const reply = await send(r.port, { method: 'GET', path: '/net-takoy/' });
    expect(reply.status).toBe(404);
    expect(reply.text).toContain('Не найдено');
  });

  const secret = () => `${path.basename(root)}-secret.txt`;
  it.each([
    ['dot segments', () => `/../${secret()}`],
    ['encoded slash', () => `/..%2f${secret()}`],
    ['encoded dots and slash', () => `/%2e%2e%2f${secret()}`],
    ['deep encoded', () => '/..%2f..%2f..%2f..%2fetc%2fpasswd'],
    ['backslashes', () => '/..\\..\\etc\\passwd'],
    ['a symlink out of the root', () => '/etc-link/passwd'],
    ['a NUL byte', () => '/%00index.html'],
    ['broken percent-encoding', () => '/%E0%A4%A'],
  ])('refuses traversal by %s', async (_name, target) => {
    const reply = await rawGet(r.port, target());
    expect(reply.status).toBe(404);
    expect(reply.text).not.toMatch(/SECRET|root:/);
  });

  it('does not serve other methods', async () => {
    expect((await send(r.port, { method: 'DELETE', path: '/' })).status).toBe(405);
  });

  it('keeps /api/ paths for the API', async () => {
    const reply = await send(r.port, { method: 'GET', path: '/api/unknown' });
    expect(reply.status).toBe(404);
    expect(reply.json().errors[0]?.message).toBe('Адрес не найден.');
  });
});

describe('no-JavaScript form post', () => {
  let r: Running;
  beforeAll(async () => {
    r = await startReceiver({ staticDir: makeSite() });
  });
  afterAll(() => r.stop());

  const formBody = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
  const postForm = (fields: Record<string, string>) =>
    send(r.port, {
      body: formBody(fields),
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Origin: `http://127.0.0.1:${r.port}`,
      },
    });
  const base = {
    organization: 'muzey-1',
    questionnaire: '675н-2018',
    sphere: 'culture',
    website: '',
    q16: '',
  };

  it('stores the answers and redirects (303) to the «sent» page, dropping answers to skipped questions', async () => {
    const answers = { ...validAnswers('culture'), q1: 'no' }; // q2 still filled, as a no-JS respondent may
    const reply = await postForm({ ...base, id: '', ...answers });
    expect(reply.status).toBe(303);
    expect(reply.headers['location']).toBe('/anketa/otpravleno/');
    const [row] = await r.rows();
    expect(JSON.parse(String(row?.['answers_json']))).not.toHaveProperty('q2');
    expect(row?.['proposal']).toBeNull();
    expect(String(row?.['id'])).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('redirects to the error page naming the fields on a refusal', async () => {
    const answers: Record<string, string> = { ...validAnswers('culture') };
    delete answers['q6'];
    delete answers['q17'];
    const reply = await postForm({ ...base, id: randomUUID(), ...answers });
    expect(reply.status).toBe(303);
    expect(reply.headers['location']).toBe('/anketa/oshibka/?reason=invalid&fields=q6%2Cq17');
  });

  // Exactly what a sphere's questionnaire page posts without JavaScript: its hidden fields, the
  // organization code typed into the <noscript> field, the honeypot and the answers; no id.
  const sphereForm = (organization: string) => ({
    sphere: 'culture',
    questionnaire: '675н-2018',
    organization,
    website: '',
    ...validAnswers('culture'),
  });

  it('stores the sphere page’s post with the organization code typed in', async () => {
    const reply = await postForm(sphereForm('kholmskiy-kdc'));
    expect(reply.status).toBe(303);
    expect(reply.headers['location']).toBe('/anketa/otpravleno/');
    expect((await r.rows()).filter((row) => row['organization'] === 'kholmskiy-kdc')).toHaveLength(
      1,
    );
  });

  it('refuses the sphere page’s post with no or a mistyped organization code, naming the field', async () => {
    for (const code of ['', 'Kholmskiy KDC']) {
      const reply = await postForm(sphereForm(code));
      expect(reply.headers['location'], code).toBe(
        '/anketa/oshibka/?reason=invalid&fields=organization',
      );
    }
  });

  it('refuses a repeated field as malformed', async () => {
    const reply = await send(r.port, {
      body: 'q1=yes&q1=no',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    expect(reply.headers['location']).toBe('/anketa/oshibka/?reason=malformed');
  });
});
