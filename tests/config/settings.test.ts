import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildSpecs,
  readBuildSettings,
  readReceiverSettings,
  receiverSpecs,
  SettingsError,
} from '../../src/config/settings.ts';

const faultsOf = (read: () => unknown): string[] => {
  try {
    read();
  } catch (error) {
    if (error instanceof SettingsError) return error.faults;
    throw error;
  }
  return [];
};

describe('build settings', () => {
  it('reads a deployment’s settings, normalizing the base path', () => {
    const s = readBuildSettings({
      NOK_SITE: 'https://nok.example.ru',
      NOK_BASE: '/nok',
      NOK_EMBED_ORIGINS: 'https://a.example.ru, https://b.example.ru:8443',
    });
    expect(s).toMatchObject({
      site: 'https://nok.example.ru',
      base: '/nok/',
      embedOrigins: ['https://a.example.ru', 'https://b.example.ru:8443'],
    });
  });

  it('has defaults for local use, and an empty variable means unset', () => {
    expect(readBuildSettings({ NOK_SITE: '', NOK_BASE: '' })).toMatchObject({
      site: undefined,
      base: '/',
      contentDir: 'content',
      embedOrigins: [],
      asOf: undefined,
    });
  });

  it('names every wrong setting at once', () => {
    const faults = faultsOf(() =>
      readBuildSettings({
        NOK_SITE: 'javascript:alert(1)',
        NOK_BASE: 'nok',
        NOK_AS_OF: '2020-02-31',
        NOK_EMBED_ORIGINS: 'https://a.example.ru/path',
        PUBLIC_NOK_RECEIVER_URL: 'ftp://x',
        NOK_HISTORY_URL: 'https://git.example.ru/log',
      }),
    );
    expect(faults.map((f) => f.split(':')[0])).toEqual([
      'NOK_SITE',
      'NOK_BASE',
      'NOK_AS_OF',
      'NOK_EMBED_ORIGINS',
      'PUBLIC_NOK_RECEIVER_URL',
      'NOK_HISTORY_URL',
    ]);
    expect(faults[2]).toContain('2020-02-31');
  });

  it('takes a public origin only without a path', () => {
    expect(
      faultsOf(() => readBuildSettings({ NOK_SITE: 'https://nok.example.ru/nok/' })),
    ).toHaveLength(1);
    expect(readBuildSettings({ NOK_SITE: 'https://nok.example.ru/' }).site).toBe(
      'https://nok.example.ru',
    );
  });
});

describe('receiver settings', () => {
  it('takes options before environment variables, and the public origin from NOK_SITE', () => {
    const s = readReceiverSettings(['--port', '8080', '--static', 'dist', '--trust-proxy'], {
      PORT: '9000',
      NOK_SITE: 'https://nok.example.ru',
      NOK_BASE: '/nok/',
    });
    expect(s).toMatchObject({
      port: 8080,
      staticDir: 'dist',
      trustProxy: true,
      publicOrigin: 'https://nok.example.ru',
      base: '/nok/',
      organizations: path.join('dist', 'anketa/spheres.json'),
    });
  });

  it('needs the list of organizations when it serves no site', () => {
    expect(faultsOf(() => readReceiverSettings([], {}))[0]).toMatch(
      /^--organizations \/ NOK_ORGANIZATIONS: /,
    );
    expect(
      readReceiverSettings([], {
        NOK_ORGANIZATIONS: '/srv/nok/anketa/spheres.json',
        NOK_TRUST_PROXY: 'yes',
      }),
    ).toMatchObject({ organizations: '/srv/nok/anketa/spheres.json', trustProxy: true });
  });

  it('refuses an unknown option, naming it', () => {
    expect(faultsOf(() => readReceiverSettings(['--orgins', 'https://a.example'], {}))[0]).toMatch(
      /orgins/,
    );
  });
});

describe('README «Configuration»', () => {
  const readme = fs.readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8');
  const table = readme.slice(
    readme.indexOf('## Configuration'),
    readme.indexOf('\n## ', readme.indexOf('## Configuration') + 1),
  );

  it.each(
    [...Object.values(buildSpecs), ...Object.values(receiverSpecs)].map(
      (s) => [s.env ?? `--${s.flag}`, s] as const,
    ),
  )('lists %s', (_name, s) => {
    if (s.env) expect(table).toContain(`\`${s.env}\``);
    if (s.flag) expect(table).toContain(`\`--${s.flag}\``);
  });
});

describe('deploy/nginx', () => {
  const file = (name: string) =>
    fs.readFileSync(path.resolve(import.meta.dirname, '../../deploy/nginx', name), 'utf8');

  it('gives the sub-path variant the same directives as the root one, under /nok/', () => {
    const directives = (text: string) =>
      text.split('\n').filter((l) => l.trim() !== '' && !l.trim().startsWith('#'));
    const rooted = directives(file('nok-root.conf'));
    const subPath = directives(file('nok-subpath.conf')).map((l) =>
      l
        .replace(/\/nok\/api\/(answers|health)/g, '/api/$1')
        .replace('http://nok_receiver/api/answers', 'http://nok_receiver')
        .replace('http://nok_receiver/api/health', 'http://nok_receiver')
        .replace('^/nok/.+\\.csv$', '\\.csv$')
        .replace(/\/nok\//g, '/'),
    );
    expect(subPath).toEqual(rooted);
  });
});

describe('the accessibility contact', () => {
  it('takes an e-mail address as a mailto: link, or a page', () => {
    expect(
      readBuildSettings({ NOK_ACCESSIBILITY_CONTACT: 'dostupnost@example.ru' })
        .accessibilityContact,
    ).toEqual({ href: 'mailto:dostupnost@example.ru', text: 'dostupnost@example.ru' });
    expect(
      readBuildSettings({ NOK_ACCESSIBILITY_CONTACT: 'https://example.ru/feedback' })
        .accessibilityContact,
    ).toEqual({ href: 'https://example.ru/feedback', text: 'https://example.ru/feedback' });
  });

  it('refuses anything else, naming the variable', () => {
    expect(
      faultsOf(() => readBuildSettings({ NOK_ACCESSIBILITY_CONTACT: 'трекер задач' }))[0],
    ).toMatch(/^NOK_ACCESSIBILITY_CONTACT: .*«трекер задач»/);
  });
});
