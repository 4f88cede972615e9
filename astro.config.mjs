// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { cspIntegration } from './src/integrations/csp.ts';

// Deployments choose where the site lives: NOK_SITE is the public origin (for permalinks,
// sitemap, feed), NOK_BASE the sub-path of a static host (e.g. /nok/).
const site = process.env.NOK_SITE ?? 'http://localhost:4321';
const base = process.env.NOK_BASE ?? '/';
// A survey receiver on another origin (static-only hosting) and the sites allowed to embed the survey.
const receiverUrl = process.env.PUBLIC_NOK_RECEIVER_URL;
const embedAncestors = (process.env.NOK_EMBED_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean);

export default defineConfig({
  site,
  base,
  // Tests build several fixture sites; each needs its own output and cache so builds can't collide.
  outDir: process.env.NOK_OUT_DIR ?? './dist',
  cacheDir: process.env.NOK_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // External stylesheets only, so the strict CSP needs no 'unsafe-inline' for styles.
  // Several pages in flight at once: with one, the build sat idle while each page was written
  // (a fifth of a national build); more than 4 gained nothing on a 2-core machine.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  integrations: [
    react(),
    sitemap(),
    cspIntegration({ connectSrc: receiverUrl ? [new URL(receiverUrl).origin] : [], embedAncestors }),
  ],
  // The portal never loads third-party code; prefetch would add JS to every page.
  prefetch: false,
  devToolbar: { enabled: false },
});
