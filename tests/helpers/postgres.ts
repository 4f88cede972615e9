// A throw-away PostgreSQL for the receiver's tests and bench:receiver: Debian's binaries, a cluster
// initialised into a temporary folder, listening on 127.0.0.1 at a free port and on a unix socket
// in that folder, with fsync and synchronous_commit on (the durability under test is real).
// Stopped by stop(), and by the process's exit if a test failed before it could.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensurePostgres } from '../../scripts/ensure-postgres.ts';
import { freePort } from './nginx.ts';

export interface ThrowawayPostgres {
  /** A new, empty database on the server, as postgres://… on 127.0.0.1. */
  createDatabase(): string;
  /** The same database through the unix socket: postgresql://nok@<folder, percent-encoded>:<port>/name. */
  socketUrl(url: string): string;
  /** pg_ctl restart -m fast: sessions are cut, the server is back when it returns. */
  restart(): void;
  /** pg_ctl stop -m fast, until up(): the database unreachable. */
  down(): void;
  up(): void;
  stop(): void;
}

const superuser = 'nok';

/**
 * PostgreSQL refuses to run as root. As root, the server runs as Debian's «postgres» user, in a
 * folder under /tmp it owns (TMPDIR may be a folder only root may enter).
 */
function owner(): { run: (bin: string, args: string[]) => string; parent: string; chown: (dir: string) => void } {
  const root = process.getuid?.() === 0;
  const run = (bin: string, args: string[]) =>
    execFileSync(root ? 'runuser' : bin, root ? ['-u', 'postgres', '--', bin, ...args] : args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const chown = (dir: string) => {
    if (root) execFileSync('chown', ['-R', 'postgres:postgres', dir]);
  };
  return { run, parent: root ? '/tmp' : os.tmpdir(), chown };
}

let databases = 0;

export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const bin = ensurePostgres();
  const { run, parent, chown } = owner();
  const dir = fs.mkdtempSync(path.join(parent, 'nok-pg-'));
  const data = path.join(dir, 'data');
  const log = path.join(dir, 'server.log');
  const port = await freePort();
  chown(dir);
  run(path.join(bin, 'initdb'), ['-D', data, '-U', superuser, '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
  fs.appendFileSync(
    path.join(data, 'postgresql.conf'),
    [`listen_addresses = '127.0.0.1'`, `port = ${port}`, `unix_socket_directories = '${dir}'`, 'fsync = on', 'synchronous_commit = on', 'max_connections = 40', ''].join('\n'),
  );
  const pgCtl = (...args: string[]) => {
    try {
      return run(path.join(bin, 'pg_ctl'), ['-D', data, '-l', log, '-w', '-t', '60', ...args]);
    } catch (error) {
      const serverLog = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').slice(-2000) : '';
      throw new Error(`pg_ctl ${args.join(' ')} failed: ${(error as Error).message}\n${serverLog}`);
    }
  };
  pgCtl('start');
  let running = true;
  const stop = () => {
    if (!running) return;
    running = false;
    process.off('exit', stop);
    pgCtl('stop', '-m', 'immediate');
    fs.rmSync(dir, { recursive: true, force: true });
  };
  process.on('exit', stop);
  return {
    createDatabase() {
      databases += 1;
      const name = `nok_${process.pid}_${databases}`;
      run(path.join(bin, 'createdb'), ['-h', dir, '-p', String(port), '-U', superuser, name]);
      return `postgres://${superuser}@127.0.0.1:${port}/${name}`;
    },
    socketUrl: (url) => `postgresql://${superuser}@${encodeURIComponent(dir)}:${port}${new URL(url).pathname}`,
    restart: () => void pgCtl('restart', '-m', 'fast'),
    down: () => void pgCtl('stop', '-m', 'fast'),
    up: () => void pgCtl('start'),
    stop,
  };
}
