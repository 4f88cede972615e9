// The receiver's PostgreSQL tests and bench:receiver run a throw-away server from Debian's
// packages (tests/helpers/postgres.ts); a fresh machine gets them from apt, as chromium.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const debianRoot = '/usr/lib/postgresql';

/** Debian's PostgreSQL binaries (/usr/lib/postgresql/<version>/bin), the newest version installed. */
export function postgresBinDir(): string | undefined {
  if (!fs.existsSync(debianRoot)) return undefined;
  const versions = fs.readdirSync(debianRoot).filter((v) => fs.existsSync(path.join(debianRoot, v, 'bin', 'initdb')));
  const newest = versions.sort((a, b) => Number(a) - Number(b)).at(-1);
  return newest === undefined ? undefined : path.join(debianRoot, newest, 'bin');
}

export function ensurePostgres(): string {
  const found = postgresBinDir();
  if (found) return found;
  if (process.getuid?.() !== 0) throw new Error(`PostgreSQL is missing under ${debianRoot}. Install it with: sudo apt-get install -y postgresql`);
  console.log('Installing Debian postgresql for the receiver tests (apt-get)…');
  // Other sessions on this machine run apt too: wait for their lock instead of failing.
  const apt = (args: string[]) =>
    execFileSync('apt-get', ['-o', 'DPkg::Lock::Timeout=600', ...args], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  apt(['update']);
  apt(['install', '-y', '--no-install-recommends', 'postgresql']);
  const installed = postgresBinDir();
  if (!installed) throw new Error(`apt-get installed postgresql, but no initdb is under ${debianRoot}/<version>/bin`);
  return installed;
}

if (import.meta.main) console.log(`PostgreSQL binaries: ${ensurePostgres()}`);
