// A throw-away PostgreSQL for the receiver's tests and bench:receiver: Debian's binaries, a cluster
// initialised into a temporary folder, listening on 127.0.0.1 at a free port and on a unix socket
// in that folder, with fsync and synchronous_commit on (the durability under test is real).
// Stopped by stop(), and by the process's exit if a test failed before it could.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { postgresBinDir } from '../../scripts/ensure-test-tools.ts';
import { freePort } from './nginx.ts';

export interface ThrowawayPostgres {
  /** A new, empty database on the server, as postgres://… on 127.0.0.1. */
  createDatabase(): string;
  /** The same database through the unix socket: postgresql://nok@<folder, percent-encoded>:<port>/name. */
  socketUrl(url: string): string;
  /**
   * pg_ctl restart -m fast: sessions are cut, the server is back when it resolves. Asynchronous,
   * so the clients of a test under load keep sending while it happens.
   */
  restart(): Promise<void>;
  /** pg_ctl stop -m fast, until up(): the database unreachable. */
  down(): void;
  /** Starts the server again if it is down. */
  up(): void;
  stop(): void;
}

const superuser = 'nok';

/**
 * PostgreSQL refuses to run as root. As root, the server runs as Debian's «postgres» user, in a
 * folder under /tmp it owns (TMPDIR may be a folder only root may enter).
 */
function owner(): {
  run: (bin: string, args: string[]) => string;
  runAsync: (bin: string, args: string[]) => Promise<unknown>;
  parent: string;
  chown: (dir: string) => void;
} {
  const root = process.getuid?.() === 0;
  const command = (bin: string, args: string[]): [string, string[]] =>
    root ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  const run = (bin: string, args: string[]) =>
    execFileSync(...command(bin, args), { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const runAsync = (bin: string, args: string[]) => promisify(execFile)(...command(bin, args));
  const chown = (dir: string) => {
    if (root) execFileSync('chown', ['-R', 'postgres:postgres', dir]);
  };
  return { run, runAsync, parent: root ? '/tmp' : os.tmpdir(), chown };
}

let databases = 0;

export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const bin = postgresBinDir();
  if (bin === undefined)
    throw new Error(
      'PostgreSQL is missing: npm test installs it (scripts/ensure-test-tools.ts), or apt-get install -y postgresql',
    );
  const { run, runAsync, parent, chown } = owner();
  const dir = fs.mkdtempSync(path.join(parent, 'nok-pg-'));
  const data = path.join(dir, 'data');
  const log = path.join(dir, 'server.log');
  const port = await freePort();
  chown(dir);
  run(path.join(bin, 'initdb'), [
    '-D',
    data,
    '-U',
    superuser,
    '--auth=trust',
    '-E',
    'UTF8',
    '--locale=C',
    '--no-sync',
  ]);
  fs.appendFileSync(
    path.join(data, 'postgresql.conf'),
    [
      `listen_addresses = '127.0.0.1'`,
      `port = ${port}`,
      `unix_socket_directories = '${dir}'`,
      'fsync = on',
      'synchronous_commit = on',
      'max_connections = 40',
      '',
    ].join('\n'),
  );
  const ctlArgs = (args: string[]) => ['-D', data, '-l', log, '-w', '-t', '60', ...args];
  const failed = (args: string[], error: unknown) => {
    const serverLog = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').slice(-2000) : '';
    return new Error(`pg_ctl ${args.join(' ')} failed: ${(error as Error).message}\n${serverLog}`);
  };
  const pgCtl = (...args: string[]) => {
    try {
      return run(path.join(bin, 'pg_ctl'), ctlArgs(args));
    } catch (error) {
      throw failed(args, error);
    }
  };
  // pg_ctl status exits 3 when no server runs in the folder.
  const serving = () => {
    try {
      run(path.join(bin, 'pg_ctl'), ['-D', data, 'status']);
      return true;
    } catch {
      return false;
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
    socketUrl: (url) =>
      `postgresql://${superuser}@${encodeURIComponent(dir)}:${port}${new URL(url).pathname}`,
    restart: async () => {
      const args = ['restart', '-m', 'fast'];
      await runAsync(path.join(bin, 'pg_ctl'), ctlArgs(args)).catch((error: unknown) => {
        throw failed(args, error);
      });
    },
    down: () => void pgCtl('stop', '-m', 'fast'),
    up: () => {
      if (!serving()) pgCtl('start');
    },
    stop,
  };
}

let shared: Promise<ThrowawayPostgres> | undefined;

/** The process's one throw-away server (a test file's, a benchmark's), started on first use. */
export const sharedPostgres = (): Promise<ThrowawayPostgres> =>
  (shared ??= startThrowawayPostgres());

export async function stopSharedPostgres(): Promise<void> {
  const server = shared;
  shared = undefined;
  (await server)?.stop();
}
