// The tests drive real programs from Debian's packages: Chromium for the browser tests, nginx
// for the deployment test. A fresh machine gets whatever is missing from apt, never a download
// of a tool's own binary. Run by `npm test` (pretest) before anything else.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

/** The program each test needs, and the Debian package that brings it. */
export const testTools = [
  { program: '/usr/bin/chromium', package: 'chromium', usedBy: 'tests/browser' },
  { program: '/usr/sbin/nginx', package: 'nginx-light', usedBy: 'tests/deploy' },
] as const;

if (import.meta.main) {
  if (process.argv.includes('--help')) {
    console.log(`Installs the Debian packages the tests need, when missing:\n${testTools.map((t) => `  ${t.package} (${t.program}, for ${t.usedBy})`).join('\n')}`);
    process.exit(0);
  }
  const missing = testTools.filter((t) => !fs.existsSync(t.program));
  if (missing.length > 0) {
    const packages = missing.map((t) => t.package);
    if (process.getuid?.() !== 0) {
      console.error(`Missing for the tests: ${missing.map((t) => t.program).join(', ')}. Install them with: sudo apt-get install -y ${packages.join(' ')}`);
      process.exit(1);
    }
    console.log(`Installing Debian ${packages.join(', ')} for the tests (apt-get)…`);
    // Wait for another apt run rather than fail on its lock.
    const apt = (args: string[]) =>
      execFileSync('apt-get', ['-o', 'DPkg::Lock::Timeout=600', ...args], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    apt(['update']);
    apt(['install', '-y', '--no-install-recommends', ...packages]);
  }
}
