// The tests drive real programs from Debian's packages: Chromium for the browser tests, nginx for
// the deployment test, PostgreSQL for the receiver's second store, LibreOffice for what a reader's
// spreadsheet makes of the downloads. A fresh machine gets whatever
// is missing from apt, never a download of a tool's own binary. Run by `npm test` (pretest).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const postgresRoot = '/usr/lib/postgresql';

/** Debian's PostgreSQL binaries (/usr/lib/postgresql/<version>/bin), the newest version installed. */
export function postgresBinDir(): string | undefined {
  if (!fs.existsSync(postgresRoot)) return undefined;
  const versions = fs
    .readdirSync(postgresRoot)
    .filter((v) => fs.existsSync(path.join(postgresRoot, v, 'bin', 'initdb')));
  const newest = versions.sort((a, b) => Number(a) - Number(b)).at(-1);
  return newest === undefined ? undefined : path.join(postgresRoot, newest, 'bin');
}

/** What each test needs, and the Debian package that brings it. */
export const testTools = [
  {
    what: '/usr/bin/chromium',
    package: 'chromium',
    usedBy: 'tests/browser',
    present: () => fs.existsSync('/usr/bin/chromium'),
  },
  {
    what: '/usr/sbin/nginx',
    package: 'nginx-light',
    usedBy: 'tests/deploy',
    present: () => fs.existsSync('/usr/sbin/nginx'),
  },
  {
    what: `${postgresRoot}/<version>/bin/initdb`,
    package: 'postgresql',
    usedBy: 'tests/receiver, bench:receiver',
    present: () => postgresBinDir() !== undefined,
  },
  {
    what: '/usr/bin/soffice',
    package: 'libreoffice-calc-nogui',
    usedBy: 'tests/spreadsheet',
    present: () => fs.existsSync('/usr/bin/soffice'),
  },
];

if (import.meta.main) {
  if (process.argv.includes('--help')) {
    console.log(
      `Installs the Debian packages the tests need, when missing:\n${testTools.map((t) => `  ${t.package} (${t.what}, for ${t.usedBy})`).join('\n')}`,
    );
    process.exit(0);
  }
  const missing = testTools.filter((t) => !t.present());
  if (missing.length > 0) {
    const packages = missing.map((t) => t.package);
    if (process.getuid?.() !== 0) {
      console.error(
        `Missing for the tests: ${missing.map((t) => t.what).join(', ')}. Install them with: sudo apt-get install -y ${packages.join(' ')}`,
      );
      process.exit(1);
    }
    console.log(`Installing Debian ${packages.join(', ')} for the tests (apt-get)…`);
    // Wait for another apt run rather than fail on its lock.
    const apt = (args: string[]) =>
      execFileSync('apt-get', ['-o', 'DPkg::Lock::Timeout=600', ...args], {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    apt(['update']);
    apt(['install', '-y', '--no-install-recommends', ...packages]);
  }
}
