import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { organizationListFile } from '../../src/domain/questionnaire/organizationList.ts';
import { send } from './harness.ts';

const root = path.resolve(import.meta.dirname, '../..');

describe('scripts/receiver.ts', () => {
  it('takes its settings from the environment and stops cleanly on SIGTERM', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nok-cli-'));
    const dbPath = path.join(dir, 'nested', 'answers.sqlite');
    const organizations = path.join(dir, 'spheres.json');
    fs.writeFileSync(
      organizations,
      JSON.stringify(organizationListFile([{ id: 'muzey-1', sphere: 'culture' }])),
    );
    const child = spawn(process.execPath, ['scripts/receiver.ts', '--port', '0'], {
      cwd: root,
      env: {
        ...process.env,
        NOK_DB: dbPath,
        NOK_ALLOWED_ORIGINS: 'https://a.example',
        NOK_ORGANIZATIONS: organizations,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const port = await new Promise<number>((resolve, reject) => {
      child.stdout.on('data', () => {
        const m = /127\.0\.0\.1:(\d+)/.exec(out);
        if (m) resolve(Number(m[1]));
      });
      child.once('exit', () => reject(new Error(out)));
    });
    expect(out).toContain(dbPath);
    const preflight = await send(port, {
      method: 'OPTIONS',
      headers: { Origin: 'https://a.example' },
    });
    expect(preflight.headers['access-control-allow-origin']).toBe('https://a.example');
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const [code] = (await exited) as [number | null];
    expect(code).toBe(0);
    expect(fs.existsSync(dbPath)).toBe(true);
  });

  const run = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, ['scripts/receiver.ts', ...args], {
      cwd: root,
      env: { ...process.env, ...env },
      encoding: 'utf8',
    });

  it('lists its options with --help', () => {
    const help = run(['--help']);
    expect(help.status).toBe(0);
    for (const option of [
      '--public-origin',
      '--origins',
      '--organizations',
      '--trust-proxy',
      'NOK_PUBLIC_ORIGIN',
    ])
      expect(help.stdout).toContain(option);
  });

  it('names every wrong setting at once, without a stack trace', () => {
    const bad = run(
      ['--port', 'x', '--public-origin', 'javascript:alert(1)', '--organizations', 'o.json'],
      { NOK_ALLOWED_ORIGINS: 'https://a.example/path' },
    );
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--port \/ PORT: /);
    expect(bad.stderr).toMatch(/--public-origin \/ NOK_PUBLIC_ORIGIN: /);
    expect(bad.stderr).toMatch(/--origins \/ NOK_ALLOWED_ORIGINS: /);
    expect(bad.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    expect(run(['--bogus']).stderr).toMatch(/bogus.*--help/);
  });

  it('takes a PostgreSQL URL or a unix socket, never together with --db', () => {
    const both = run(['--db', 'a.sqlite', '--organizations', 'o.json'], {
      NOK_DATABASE_URL: 'postgres://nok@127.0.0.1/nok',
    });
    expect(both.status).toBe(2);
    expect(both.stderr).toMatch(
      /--db \/ NOK_DB и --database-url \/ NOK_DATABASE_URL: заданы оба хранилища/,
    );
    const wrong = run([
      '--database-url',
      'mysql://h/db',
      '--port',
      'x',
      '--organizations',
      'o.json',
    ]);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(
      /--database-url \/ NOK_DATABASE_URL: адрес базы должен начинаться с postgres:\/\/ или postgresql:\/\//,
    );
    expect(wrong.stderr).toMatch(/--port \/ PORT: /); // every fault at once
    expect(
      run(['--database-url', 'postgres://h/db?sslmod=require', '--organizations', 'o.json']).stderr,
    ).toMatch(/неизвестные параметры адреса базы: sslmod/);
    expect(run(['--help']).stdout).toContain('NOK_DATABASE_URL');
  });

  it('refuses to start without the list of organizations', () => {
    const none = run(['--port', '0'], { NOK_ORGANIZATIONS: '' });
    expect(none.status).toBe(2);
    const missing = run(['--port', '0', '--organizations', '/nonexistent/spheres.json']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('/nonexistent/spheres.json: файл не найден');
  });
});
