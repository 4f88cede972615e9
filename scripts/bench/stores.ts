// A fresh, empty answer store of either kind for the receiver's tests and benchmarks: a temp
// SQLite file, or a new database on the process's throw-away PostgreSQL (tests/helpers/postgres.ts).
// Read back apart from the receiver, as the operator would find it.
import { SettingValueError } from '../../src/config/values.ts';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import pg from 'pg';
import { databaseUrl } from '../../src/config/values.ts';
import type { StoreLocation } from '../../src/receiver/index.ts';
import { sharedPostgres } from '../../tests/helpers/postgres.ts';

export const storeKinds = ['sqlite', 'postgres'] as const;
export type StoreKind = (typeof storeKinds)[number];

/** The answers table, as the operator reads it. */
export interface AnswersTable {
  /** Every row, values as plain text and numbers whichever store: the day YYYY-MM-DD, 0/1 for a flag, JSON as text. */
  rows(): Promise<Record<string, unknown>[]>;
  columns(): Promise<string[]>;
  ids(): Promise<Set<string>>;
  /** How commits reach the disk, as the database reports it. */
  durability(): Promise<string>;
  close(): Promise<void>;
}

export interface ScratchStore {
  kind: StoreKind;
  location: StoreLocation;
  /** The receiver's options naming it (scripts/receiver.ts). */
  args: string[];
  table: AnswersTable;
  /** The SQLite file, or the PostgreSQL URL. */
  where: string;
}

function sqliteTable(dbPath: string): AnswersTable {
  // Opened per call, so it sees what was committed since.
  const query = <T>(sql: string): T[] => {
    const db = new DatabaseSync(dbPath, { readOnly: true });
    try {
      return db.prepare(sql).all() as T[];
    } finally {
      db.close();
    }
  };
  return {
    rows: async () => query<Record<string, unknown>>('SELECT * FROM answers'),
    columns: async () => query<{ name: string }>('PRAGMA table_info(answers)').map((c) => c.name),
    ids: async () => new Set(query<{ id: string }>('SELECT id FROM answers').map((r) => r.id)),
    // synchronous is a per-connection setting: the receiver sets FULL (sqliteStore.ts); the file tells the journal mode.
    durability: async () =>
      `journal_mode=${query<{ journal_mode: string }>('PRAGMA journal_mode')[0]?.journal_mode}, synchronous=FULL (set by the receiver)`,
    close: async () => undefined,
  };
}

const plain = (v: unknown): unknown =>
  typeof v === 'boolean' ? Number(v) : typeof v === 'object' && v !== null ? JSON.stringify(v) : v;

function postgresTable(url: string): AnswersTable {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  pool.on('error', () => undefined); // the server restarted under a test: the next query reconnects
  const query = async <T extends pg.QueryResultRow>(sql: string) => (await pool.query<T>(sql)).rows;
  return {
    // Each row as JSON: the day comes as written, not as a Date in the local time zone.
    rows: async () =>
      (
        await query<{ row: Record<string, unknown> }>('SELECT to_jsonb(a) AS row FROM answers a')
      ).map(({ row }) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, plain(v)]))),
    columns: async () =>
      (
        await query<{ name: string }>(
          "SELECT column_name AS name FROM information_schema.columns WHERE table_name = 'answers'",
        )
      ).map((c) => c.name),
    ids: async () =>
      new Set((await query<{ id: string }>('SELECT id::text FROM answers')).map((r) => r.id)),
    durability: async () => {
      const [row] = await query<{ sc: string; fsync: string }>(
        "SELECT current_setting('synchronous_commit') AS sc, current_setting('fsync') AS fsync",
      );
      return `synchronous_commit=${row?.sc}, fsync=${row?.fsync}`;
    },
    close: () => pool.end(),
  };
}

export async function scratchStore(kind: StoreKind, dbPath?: string): Promise<ScratchStore> {
  if (kind === 'sqlite') {
    const file =
      dbPath ?? path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'nok-answers-')), 'answers.sqlite');
    return {
      kind,
      location: { kind, path: file },
      args: ['--db', file],
      table: sqliteTable(file),
      where: file,
    };
  }
  const url = (await sharedPostgres()).createDatabase();
  return {
    kind,
    location: { kind, connection: databaseUrl(url, 'nok') },
    args: ['--database-url', url],
    table: postgresTable(url),
    where: url,
  };
}

/** --store sqlite,postgres: the stores a benchmark runs on, in the order given (SQLite alone by default). */
export function storeList(raw: string | undefined): StoreKind[] {
  const names = (raw ?? 'sqlite')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = names.filter((n) => !(storeKinds as readonly string[]).includes(n));
  if (unknown.length > 0 || names.length === 0)
    throw new SettingValueError(
      `ожидалось ${storeKinds.join(' и/или ')} через запятую, получено «${raw}»`,
    );
  return names as StoreKind[];
}
