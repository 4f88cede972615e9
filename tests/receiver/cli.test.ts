import { spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { send } from './harness.ts';

const root = path.resolve(import.meta.dirname, '../..');

describe('scripts/receiver.ts', () => {
  it('takes its settings from the environment and stops cleanly on SIGTERM', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nok-cli-'));
    const dbPath = path.join(dir, 'nested', 'answers.sqlite');
    const child = spawn(process.execPath, ['scripts/receiver.ts', '--port', '0'], {
      cwd: root,
      env: { ...process.env, NOK_DB: dbPath, NOK_ALLOWED_ORIGINS: 'https://a.example' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d));
    const port = await new Promise<number>((resolve, reject) => {
      child.stdout.on('data', () => {
        const m = /127\.0\.0\.1:(\d+)/.exec(out);
        if (m) resolve(Number(m[1]));
      });
      child.once('exit', () => reject(new Error(out)));
    });
    expect(out).toContain(dbPath);
    const preflight = await send(port, { method: 'OPTIONS', headers: { Origin: 'https://a.example' } });
    expect(preflight.headers['access-control-allow-origin']).toBe('https://a.example');
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const [code] = await exited;
    expect(code).toBe(0);
    expect(fs.existsSync(dbPath)).toBe(true);
  });
});
