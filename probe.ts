import fs from 'node:fs';
import { parse } from 'parse5';
import { scanPage } from './src/domain/security/csp.ts';
const files = process.argv.slice(2);
for (const f of files) {
  const buf = fs.readFileSync(f);
  const n = 200;
  let t = performance.now();
  for (let i = 0; i < n; i++) scanPage(buf);
  const a = (performance.now() - t) / n;
  t = performance.now();
  for (let i = 0; i < n; i++) parse(buf.toString('latin1'), { sourceCodeLocationInfo: true });
  const b = (performance.now() - t) / n;
  t = performance.now();
  for (let i = 0; i < n; i++) parse(buf.toString('latin1'));
  const c = (performance.now() - t) / n;
  console.log(f, buf.length, 'regex', a.toFixed(3), 'parse5+loc', b.toFixed(3), 'parse5', c.toFixed(3));
}
