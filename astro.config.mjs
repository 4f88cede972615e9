// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { buildSettings, requireSite, warnMissingContact } from './src/config/build.ts';
import { localSite } from './src/config/settings.ts';
import { cspIntegration } from './src/integrations/csp.ts';

// Every setting comes from src/config (README «Configuration»): NOK_SITE is the public origin
// (citations, embed snippets, feed, sitemap), NOK_BASE the sub-path of a static host (e.g. /nok/).
const settings = buildSettings();

export default defineConfig({
  // Only `astro sync` and `astro check` get here without NOK_SITE: a build refuses (requireSite).
  site: settings.site ?? localSite,
  base: settings.base,
  // Tests build several fixture sites; each needs its own output and cache so builds can't collide.
  outDir: settings.outDir,
  cacheDir: settings.cacheDir,
  trailingSlash: 'always',
  // External stylesheets only, so the strict CSP needs no 'unsafe-inline' for styles.
  // Several pages in flight at once: with one, the build sat idle while each page was written
  // (a fifth of a national build); more than 4 gained nothing on a 2-core machine.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  integrations: [
    {
      name: 'nok-settings',
      hooks: {
        'astro:config:setup': ({ command, logger }) => {
          requireSite(command);
          warnMissingContact(command, (message) => logger.warn(message));
        },
      },
    },
    react(),
    sitemap(),
    cspIntegration({
      connectSrc: settings.receiverUrl ? [new URL(settings.receiverUrl).origin] : [],
      embedAncestors: settings.embedOrigins,
    }),
  ],
  // The portal never loads third-party code; prefetch would add JS to every page.
  prefetch: false,
  devToolbar: { enabled: false },
});
