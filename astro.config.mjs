// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';

// Deployments choose where the site lives: NOK_SITE is the public origin (for permalinks,
// sitemap, feed), NOK_BASE the sub-path of a static host (e.g. /nok/).
const site = process.env.NOK_SITE ?? 'http://localhost:4321';
const base = process.env.NOK_BASE ?? '/';

export default defineConfig({
  site,
  base,
  // Tests build several fixture sites; each needs its own output and cache so builds can't collide.
  outDir: process.env.NOK_OUT_DIR ?? './dist',
  cacheDir: process.env.NOK_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [react()],
  // The portal never loads third-party code; prefetch would add JS to every page.
  prefetch: false,
  devToolbar: { enabled: false },
});
