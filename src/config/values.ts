// Parsers for setting values. Each returns the value or throws a SettingValueError with a
// Russian message saying what was expected; settings.ts adds the setting's name and collects
// every fault before it reports.

export class SettingValueError extends Error {}

const fail = (message: string): never => {
  throw new SettingValueError(message);
};

/** An http(s) URL: other schemes (javascript:, data:, file:) are never a deployment's address. */
export function httpUrl(raw: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    return fail(`ожидался адрес вида https://example.ru, получено «${raw}»`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    fail(`адрес должен начинаться с http:// или https://, получено «${raw}»`);
  return parsed;
}

/** A bare origin (scheme, host, port): what browsers send in the Origin header. */
export function origin(raw: string): string {
  const parsed = httpUrl(raw.trim());
  if (parsed.pathname !== '/' || parsed.search || parsed.hash || parsed.username) {
    fail(`ожидался адрес сайта без пути, например https://example.ru, получено «${raw}»`);
  }
  return parsed.origin;
}

export const originList = (raw: string): string[] =>
  raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map(origin);

/** A sub-path such as /nok/: always with a leading and a trailing slash. */
export function basePath(raw: string): string {
  const trimmed = raw.trim();
  if (!/^\/([A-Za-z0-9._~-]+\/?)*$/.test(trimmed))
    fail(`ожидался путь вида / или /nok/, получено «${raw}»`);
  return trimmed.endsWith('/') ? trimmed : `${trimmed}/`;
}

/** A real calendar day, YYYY-MM-DD (31 February is refused, not rolled over). */
export function isoDate(raw: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  const day = match
    ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
    : undefined;
  if (!day || day.toISOString().slice(0, 10) !== raw)
    fail(`ожидалась дата вида ГГГГ-ММ-ДД, получено «${raw}»`);
  return raw;
}

export function port(raw: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65_535)
    fail(`ожидался номер порта от 0 до 65535, получено «${raw}»`);
  return n;
}

export function nonNegativeInt(raw: string): number {
  const n = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(n))
    fail(`ожидалось целое неотрицательное число, получено «${raw}»`);
  return n;
}

export function flag(raw: string): boolean {
  const v = raw.trim().toLowerCase();
  if (['1', 'true', 'yes', 'да'].includes(v)) return true;
  if (['0', 'false', 'no', 'нет', ''].includes(v)) return false;
  return fail(`ожидалось 1/true или 0/false, получено «${raw}»`);
}

/** A link template with {path}, e.g. https://git.example.ru/nok/commits/main/{path}. */
export function historyTemplate(raw: string): string {
  if (!raw.includes('{path}')) fail(`в шаблоне нет {path}: «${raw}»`);
  httpUrl(raw.replace('{path}', 'content'));
  return raw;
}

/** A whole number within bounds (benchmark sizes: bounded, so a run always stops). */
export const intBetween =
  (min: number, max: number) =>
  (raw: string): number => {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max)
      fail(`ожидалось целое число от ${min} до ${max}, получено «${raw}»`);
    return n;
  };

/** Fractions of the national scale, e.g. 0.01,0.1,1. */
export function fractionList(raw: string): number[] {
  const list = raw.split(',').map((s) => Number(s.trim()));
  if (list.length === 0 || list.some((f) => !(f > 0 && f <= 1)))
    fail(`ожидались доли от 0 до 1 через запятую, например 0.01,0.1,1; получено «${raw}»`);
  return list;
}

/** A PostgreSQL server to store answers in, from --database-url (src/receiver/postgresStore.ts). */
export interface PostgresConnection {
  /** Host name or address; for a unix socket, the socket's directory. */
  host: string;
  port: number;
  database: string;
  user: string;
  password: string;
  ssl: false | 'require' | 'verify-full';
  /** The URL without its password, for logs. */
  shown: string;
}

const sslModes: Record<string, PostgresConnection['ssl']> = {
  disable: false,
  require: 'require',
  'verify-full': 'verify-full',
};
const urlParameters = ['host', 'port', 'sslmode'];

/**
 * postgres://user:password@host:port/database, or a unix socket: the directory as the host
 * (postgresql://%2Fvar%2Frun%2Fpostgresql/nok) or as ?host= (postgresql:///nok?host=/var/run/postgresql).
 * Every part is explicit or libpq's default (port 5432, the system user, a database named after
 * the user); PG* environment variables are not consulted, since settings come from here only.
 */
export function databaseUrl(raw: string, systemUser: string): PostgresConnection {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return fail(
      `ожидался адрес вида postgres://пользователь:пароль@хост:5432/база, получено «${raw}»`,
    );
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:')
    fail(
      `адрес базы должен начинаться с postgres:// или postgresql://, получено «${url.protocol}»`,
    );
  const unknown = [...url.searchParams.keys()].filter((k) => !urlParameters.includes(k));
  if (unknown.length > 0)
    fail(
      `неизвестные параметры адреса базы: ${unknown.join(', ')} (допустимы: ${urlParameters.join(', ')})`,
    );
  const host =
    url.searchParams.get('host') ?? decodeURIComponent(url.hostname).replace(/^\[(.*)\]$/, '$1');
  if (host === '')
    fail(
      'в адресе базы нет хоста: укажите хост (postgres://хост/база) или папку сокета (?host=/var/run/postgresql)',
    );
  const sslmode = url.searchParams.get('sslmode') ?? 'disable';
  const ssl = sslModes[sslmode];
  if (ssl === undefined)
    fail(`sslmode: ожидалось ${Object.keys(sslModes).join(', ')}, получено «${sslmode}»`);
  const user = decodeURIComponent(url.username) || systemUser;
  const masked = new URL(url.href);
  if (masked.password) masked.password = '***';
  return {
    host,
    port: port(url.port || url.searchParams.get('port') || '5432'),
    database: decodeURIComponent(url.pathname.slice(1)) || user,
    user,
    password: decodeURIComponent(url.password),
    ssl: ssl ?? false,
    shown: masked.href,
  };
}

export interface Contact {
  href: string;
  /** What the page shows: the address as given. */
  text: string;
}

/** An e-mail address (written as a mailto: link) or an http(s) page, e.g. a feedback form. */
export function contact(raw: string): Contact {
  const value = raw.trim();
  if (/^[^\s@/:]+@[^\s@/]+\.[^\s@/]+$/.test(value)) return { href: `mailto:${value}`, text: value };
  if (/^https?:\/\//i.test(value)) return { href: httpUrl(value).href, text: value };
  return fail(
    `ожидался адрес электронной почты (nok@example.ru) или страницы (https://example.ru/feedback), получено «${raw}»`,
  );
}
