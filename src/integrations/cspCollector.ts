// What the CSP middleware found in the pages rendered so far. The middleware runs inside Astro's
// prerender bundle and the integration in the config's module graph: two copies of this module,
// so the collection lives on globalThis under a registered symbol they both know.
import type { PageScan } from '../domain/security/csp.ts';

export interface CspCollection {
  pages: number;
  scriptHashes: Set<string>;
  styleHashes: Set<string>;
}

const key = Symbol.for('nok.csp.collection');
type Holder = { [key]?: CspCollection };

export function cspCollection(): CspCollection {
  return ((globalThis as Holder)[key] ??= {
    pages: 0,
    scriptHashes: new Set(),
    styleHashes: new Set(),
  });
}

export function collectPage(scan: PageScan): void {
  const c = cspCollection();
  c.pages += 1;
  for (const h of scan.scriptHashes) c.scriptHashes.add(h);
  for (const h of scan.styleHashes) c.styleHashes.add(h);
}
