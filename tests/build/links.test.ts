// Every internal link, anchor and asset must resolve, at the root of a host and under a sub-path.
import { describe, expect, it } from 'vitest';
import { buildRealSite } from '../helpers/build.ts';
import { checkLinks } from '../helpers/links.ts';

describe.each(['/', '/nok/'])('the real content built under base %s', (base) => {
  it('has no broken internal link, anchor or asset', async () => {
    const result = await buildRealSite(base);
    expect(result.code, result.output).toBe(0);
    const report = checkLinks(result.outDir, base);
    expect(report.pages).toBeGreaterThan(10);
    expect(report.links).toBeGreaterThan(100);
    expect(report.broken, JSON.stringify(report.broken.slice(0, 20), null, 1)).toEqual([]);
  });
});
