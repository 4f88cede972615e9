// Every setting a deployer touches, read and checked here and nowhere else: the build's
// (environment variables) and the survey receiver's (command-line options, each with an
// environment fallback). Every fault is reported at once, named by its variable or option.
// README «Configuration» lists the same settings; tests/config/settings.test.ts keeps them in step.
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultRateLimit } from '../receiver/rateLimit.ts';
import type { StoreLocation } from '../receiver/store.ts';
import {
  basePath,
  contact,
  databaseUrl,
  flag,
  historyTemplate,
  httpUrl,
  isoDate,
  nonNegativeInt,
  origin,
  originList,
  port,
  SettingValueError,
  type Contact,
  type PostgresConnection,
} from './values.ts';

export type Env = Readonly<Record<string, string | undefined>>;

export interface Spec<T> {
  /** Environment variable. */
  env?: string;
  /** Command-line option, without «--» (receiver and scripts only). */
  flag?: string;
  /** An option that takes no value (--trust-proxy). */
  boolean?: true;
  parse: (raw: string) => T;
  fallback: T;
  help: string;
}

export const spec = <T>(s: Spec<T>): Spec<T> => s;
export const text = (raw: string) => raw;

export class SettingsError extends Error {
  readonly faults: string[];
  constructor(faults: string[]) {
    super(`Настройки заданы неверно:\n${faults.map((f) => `  - ${f}`).join('\n')}`);
    this.faults = faults;
  }
}

export type Values<S> = { [K in keyof S]: S[K] extends Spec<infer T> ? T : never };

type Args = Record<string, string | boolean | undefined>;

/** A setting as given: on the command line, else in the environment; undefined when not given. */
function rawOf(s: Spec<unknown>, env: Env, args: Args): string | undefined {
  const fromArgs = s.flag === undefined ? undefined : args[s.flag];
  // An empty variable (NOK_SITE= in a shell or a unit file) means unset.
  const fromEnv = s.env === undefined || env[s.env] === '' ? undefined : env[s.env];
  return typeof fromArgs === 'boolean' ? String(fromArgs) : (fromArgs ?? fromEnv);
}

const nameOf = (s: Spec<unknown>) => [s.flag && `--${s.flag}`, s.env].filter(Boolean).join(' / ');

/** Reads each spec from the command line first, then the environment; throws every fault in one error. */
function read<S extends Record<string, Spec<unknown>>>(
  specs: S,
  env: Env,
  args: Args = {},
): Values<S> {
  const faults: string[] = [];
  const out: Record<string, unknown> = {};
  for (const [key, s] of Object.entries(specs)) {
    const raw = rawOf(s, env, args);
    try {
      out[key] = raw === undefined ? s.fallback : s.parse(raw);
    } catch (error) {
      if (!(error instanceof SettingValueError)) throw error;
      faults.push(`${nameOf(s)}: ${error.message}`);
    }
  }
  if (faults.length > 0) throw new SettingsError(faults);
  return out as Values<S>;
}

export const buildSpecs = {
  site: spec<string | undefined>({
    env: 'NOK_SITE',
    parse: origin,
    fallback: undefined,
    help: 'Public origin of the portal, e.g. https://nok.example.ru: citations, embed snippets, the feed, the sitemap and datapackage.json carry it',
  }),
  base: spec({
    env: 'NOK_BASE',
    parse: basePath,
    fallback: '/',
    help: 'Sub-path the site lives under on its host, e.g. /nok/',
  }),
  asOf: spec<string | undefined>({
    env: 'NOK_AS_OF',
    parse: isoDate,
    fallback: undefined,
    help: 'Day deadlines are judged against (YYYY-MM-DD); the build day by default',
  }),
  contentDir: spec({
    env: 'NOK_CONTENT_DIR',
    parse: text,
    fallback: 'content',
    help: 'Content tree to build from (fixtures, the synthetic country)',
  }),
  embedOrigins: spec<string[]>({
    env: 'NOK_EMBED_ORIGINS',
    parse: originList,
    fallback: [],
    help: 'Sites allowed to frame the embedded survey (comma-separated origins); unset = any site',
  }),
  receiverUrl: spec<string | undefined>({
    env: 'PUBLIC_NOK_RECEIVER_URL',
    parse: (raw) => httpUrl(raw).href,
    fallback: undefined,
    help: 'Survey receiver on another origin (static-only hosting), e.g. https://answers.example.ru/api/answers',
  }),
  historyUrl: spec<string | undefined>({
    env: 'NOK_HISTORY_URL',
    parse: historyTemplate,
    fallback: undefined,
    help: 'Link to a content file’s history, with {path}',
  }),
  accessibilityContact: spec<Contact | undefined>({
    env: 'NOK_ACCESSIBILITY_CONTACT',
    parse: contact,
    fallback: undefined,
    help: 'Where readers report an accessibility problem: an e-mail address or a page (https://…); the accessibility statement links it',
  }),
  outDir: spec({
    env: 'NOK_OUT_DIR',
    parse: text,
    fallback: './dist',
    help: 'Output folder (tests build several sites)',
  }),
  cacheDir: spec({
    env: 'NOK_CACHE_DIR',
    parse: text,
    fallback: './node_modules/.astro',
    help: 'Astro cache folder (tests)',
  }),
};

export type BuildSettings = Values<typeof buildSpecs>;

export const readBuildSettings = (env: Env): BuildSettings => read(buildSpecs, env);

/** What a build for local viewing (npm start) writes where the public origin goes. */
export const localSite = 'http://localhost:4321';

export const missingSite = {
  message:
    'NOK_SITE не задан: без публичного адреса сайта в цитатах, коде для вставки анкеты, ленте изменений и datapackage.json окажется http://localhost:4321.',
  hint: 'Для публикации соберите с NOK_SITE=https://ваш-адрес (и NOK_BASE=/путь/, если сайт не в корне хоста); для просмотра на этом компьютере: npm run build -- --local (так делает npm start).',
};

/** Where answers are kept when neither --db nor --database-url is given. */
export const defaultDb = 'data/answers.sqlite';

/** The answer store of the receiver and of survey:export: a SQLite file or a PostgreSQL database. */
export const storeSpecs = {
  db: spec<string | undefined>({
    flag: 'db',
    env: 'NOK_DB',
    parse: text,
    fallback: undefined,
    help: `SQLite file the answers are stored in [${defaultDb} unless --database-url is given]`,
  }),
  databaseUrl: spec<PostgresConnection | undefined>({
    flag: 'database-url',
    env: 'NOK_DATABASE_URL',
    parse: (raw) => databaseUrl(raw, os.userInfo().username),
    fallback: undefined,
    help: 'PostgreSQL to store the answers in instead, e.g. postgres://nok:secret@db.example.ru:5432/nok or postgresql:///nok?host=/var/run/postgresql (a unix socket); the one to use when several receivers run',
  }),
};

export const receiverSpecs = {
  ...storeSpecs,
  host: spec({
    flag: 'host',
    env: 'NOK_HOST',
    parse: text,
    fallback: '127.0.0.1',
    help: 'Address to listen on',
  }),
  port: spec({
    flag: 'port',
    env: 'PORT',
    parse: port,
    fallback: 4321,
    help: 'Port to listen on (0: any free port)',
  }),
  staticDir: spec<string | undefined>({
    flag: 'static',
    env: 'NOK_STATIC',
    parse: text,
    fallback: undefined,
    help: 'Built site to serve as well (npm start)',
  }),
  publicOrigin: spec<string | undefined>({
    flag: 'public-origin',
    env: 'NOK_PUBLIC_ORIGIN',
    parse: origin,
    fallback: undefined,
    help: 'Origin the portal’s pages are served from (default: the origin of NOK_SITE; else the receiver’s own loopback address)',
  }),
  base: spec({
    flag: 'base',
    env: 'NOK_BASE',
    parse: basePath,
    fallback: '/',
    help: 'Sub-path of the portal (where the no-JavaScript form’s result pages are)',
  }),
  allowedOrigins: spec<string[]>({
    flag: 'origins',
    env: 'NOK_ALLOWED_ORIGINS',
    parse: originList,
    fallback: [],
    help: 'Other sites whose pages post answers (comma-separated origins)',
  }),
  trustProxy: spec({
    flag: 'trust-proxy',
    env: 'NOK_TRUST_PROXY',
    boolean: true,
    parse: flag,
    fallback: false,
    help: 'Behind a reverse proxy: the rate limit keys on its X-Forwarded-For',
  }),
  organizations: spec<string | undefined>({
    flag: 'organizations',
    env: 'NOK_ORGANIZATIONS',
    parse: text,
    fallback: undefined,
    help: 'The build’s list of organizations and spheres (dist/anketa/spheres.json; found in --static by default)',
  }),
  rateBurst: spec({
    flag: 'rate-burst',
    parse: nonNegativeInt,
    fallback: defaultRateLimit.burst,
    help: 'Answers one client may send at once',
  }),
  ratePerMinute: spec({
    flag: 'rate-per-minute',
    parse: nonNegativeInt,
    fallback: defaultRateLimit.perMinute,
    help: 'Answers per minute a client gets back',
  }),
  noRateLimit: spec({
    flag: 'no-rate-limit',
    boolean: true,
    parse: flag,
    fallback: false,
    help: 'Turn rate limiting off (benchmarks only)',
  }),
};

export type ReceiverSettings = Omit<
  Values<typeof receiverSpecs>,
  'organizations' | 'db' | 'databaseUrl'
> & { organizations: string; store: StoreLocation };

/** Path of the organization list inside a built site. */
export const organizationsFile = 'anketa/spheres.json';

/** A script's options: the command line first, then each option's environment variable. */
export const readOptions = <S extends Record<string, Spec<unknown>>>(
  specs: S,
  argv: readonly string[],
  env: Env,
): Values<S> => read(specs, env, parseCommandLine(specs, argv));

/** Faults of a second pass (settings that must go together or not at all) join those of the first. */
function readAll<S extends Record<string, Spec<unknown>>, T>(
  specs: S,
  env: Env,
  args: Args,
  check: (values: Values<S> | undefined) => { faults: string[]; value?: T },
): T {
  let values: Values<S> | undefined;
  const faults: string[] = [];
  try {
    values = read(specs, env, args);
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    faults.push(...error.faults);
  }
  const checked = check(values);
  faults.push(...checked.faults);
  if (faults.length > 0 || checked.value === undefined) throw new SettingsError(faults);
  return checked.value;
}

/** --db and --database-url name two different stores: given both, which one holds the answers is a guess. */
function storeOf(
  values: Values<typeof storeSpecs> | undefined,
  env: Env,
  args: Args,
): { faults: string[]; store?: StoreLocation } {
  if (
    rawOf(storeSpecs.db, env, args) !== undefined &&
    rawOf(storeSpecs.databaseUrl, env, args) !== undefined
  ) {
    return {
      faults: [
        `${nameOf(storeSpecs.db)} и ${nameOf(storeSpecs.databaseUrl)}: заданы оба хранилища; укажите одно — файл SQLite или адрес PostgreSQL.`,
      ],
    };
  }
  if (values === undefined) return { faults: [] };
  const store: StoreLocation = values.databaseUrl
    ? { kind: 'postgres', connection: values.databaseUrl }
    : { kind: 'sqlite', path: values.db ?? defaultDb };
  return { faults: [], store };
}

export function readReceiverSettings(argv: readonly string[], env: Env): ReceiverSettings {
  const args = parseCommandLine(receiverSpecs, argv);
  const { site } = read({ site: buildSpecs.site }, env);
  return readAll(receiverSpecs, env, args, (options) => {
    const { faults, store } = storeOf(options, env, args);
    if (options === undefined || store === undefined) return { faults };
    const organizations =
      options.organizations ??
      (options.staticDir === undefined
        ? undefined
        : path.join(options.staticDir, organizationsFile));
    if (organizations === undefined) {
      faults.push(
        `--organizations / NOK_ORGANIZATIONS: не задан список организаций. Приёмник принимает ответы только об организациях портала; укажите файл ${organizationsFile} из собранного сайта (или --static с папкой сайта).`,
      );
      return { faults };
    }
    const { db: _db, databaseUrl: _url, ...rest } = options;
    return {
      faults,
      value: { ...rest, publicOrigin: options.publicOrigin ?? site, organizations, store },
    };
  });
}

/** Options of a script that reads the answer store (survey:export), with the store they name. */
export function readStoreOptions<S extends Record<string, Spec<unknown>>>(
  specs: S,
  argv: readonly string[],
  env: Env,
): Values<S> & { store: StoreLocation } {
  const all = { ...specs, ...storeSpecs };
  const args = parseCommandLine(all, argv);
  return readAll(all, env, args, (values) => {
    const { faults, store } = storeOf(values, env, args);
    return { faults, ...(values && store ? { value: { ...values, store } } : {}) };
  });
}

/** Command-line options of a spec table, for node:util parseArgs. */
function parseCommandLine(
  specs: Record<string, Spec<unknown>>,
  argv: readonly string[],
): Record<string, string | boolean | undefined> {
  const options = Object.fromEntries(
    Object.values(specs).flatMap((s) =>
      s.flag === undefined
        ? []
        : [[s.flag, { type: s.boolean ? ('boolean' as const) : ('string' as const) }]],
    ),
  );
  try {
    return parseArgs({ args: [...argv], options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new SettingsError([`${(error as Error).message} (список параметров: --help)`]);
  }
}

/** «--help» text of a spec table. */
export function usage(command: string, specs: Record<string, Spec<unknown>>): string {
  const rows = Object.values(specs).map((s) => {
    const name = [s.flag && `--${s.flag}${s.boolean ? '' : ' VALUE'}`, s.env && `(${s.env})`]
      .filter(Boolean)
      .join(' ');
    const fallback = Array.isArray(s.fallback)
      ? s.fallback.length
        ? s.fallback.join(',')
        : ''
      : s.fallback;
    const shown =
      typeof fallback === 'string' || typeof fallback === 'number' ? String(fallback) : '';
    return `  ${name}\n      ${s.help}${shown === '' ? '' : ` [${shown}]`}`;
  });
  return `Usage: ${command} [options]\n\n${rows.join('\n')}\n`;
}
