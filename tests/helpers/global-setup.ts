// One folder per test run, where buildRealSite() keeps the builds the test files share. It is
// also the run's TMPDIR: fixture copies, test builds and browser profiles go there and leave with
// it, instead of a few hundred megabytes left in /tmp by every run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export default function setup() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nok-test-run-'));
  process.env.NOK_TEST_RUN_DIR = dir;
  process.env.TMPDIR = dir;
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
