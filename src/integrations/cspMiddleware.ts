// Scans every page as it is rendered, for the CSP integration. Reading the pages back from disk
// after the build took 3 minutes at national scale (~9 GB of HTML, more than the page cache kept);
// the bytes are in memory here.
import { defineMiddleware } from 'astro:middleware';
import { scanPage } from '../domain/security/csp.ts';
import { collectPage } from './cspCollector.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!context.isPrerendered || !response.headers.get('content-type')?.startsWith('text/html'))
    return response;
  const page = Buffer.from(await response.arrayBuffer());
  const scan = scanPage(page);
  if (scan.hasStyleAttribute)
    throw new Error(
      `${context.url.pathname}: атрибут style нарушает политику CSP (style-src без 'unsafe-inline')`,
    );
  collectPage(scan);
  return new Response(page, response);
});
