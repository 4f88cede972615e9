// Tests that drive a real program (Chromium, LibreOffice) use Debian's package of it; a fresh
// machine gets it from apt, never from a download of the tool's own.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

export function ensureAptPackage(binary: string, pkg: string, purpose: string): void {
  if (fs.existsSync(binary)) return;
  if (process.getuid?.() !== 0) {
    console.error(`${binary} is missing (${purpose}). Install it with: sudo apt-get install -y --no-install-recommends ${pkg}`);
    process.exit(1);
  }
  console.log(`Installing Debian ${pkg} for ${purpose} (apt-get)…`);
  const apt = (args: string[]) =>
    execFileSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  apt(['update']);
  apt(['install', '-y', '--no-install-recommends', pkg]);
}
