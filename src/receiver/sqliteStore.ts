// The default store: an embedded SQLite file on node:sqlite (no native addon), so `npm start`
// works on a fresh machine with nothing else installed.
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { migrationsOf, migrationsTable } from './migrations.ts';
import {
  groupCommit,
  toStoredRow,
  splitProposal,
  writeHealth,
  type AnswerStore,
  type Pending,
  type Row,
  type SaveOutcome,
} from './store.ts';

function migrate(db: DatabaseSync): void {
  db.exec(migrationsTable);
  const applied = new Set(
    (db.prepare('SELECT name FROM schema_migrations').all() as { name: string }[]).map(
      (r) => r.name,
    ),
  );
  for (const m of migrationsOf('sqlite').filter((m) => !applied.has(m.name))) {
    db.exec('BEGIN IMMEDIATE');
    try {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (name) VALUES (?)').run(m.name);
      db.exec('COMMIT');
    } catch (error) {
      db.exec('ROLLBACK');
      throw error;
    }
  }
}

function openDatabase(dbPath: string): DatabaseSync {
  if (dbPath !== ':memory:') mkdirSync(path.dirname(path.resolve(dbPath)), { recursive: true });
  const db = new DatabaseSync(dbPath);
  // WAL + FULL: a committed INSERT survives a crash or power loss, so a 201 is never a lie.
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000;');
  migrate(db);
  return db;
}

type Identity = string | undefined;

const identityOf = (file: string): Identity => {
  try {
    const st = statSync(file);
    return `${st.dev}:${st.ino}`;
  } catch {
    return undefined;
  }
};

/**
 * SQLite keeps writing to its open files after they are deleted or replaced: the commits succeed,
 * and the answers vanish with the process. So the store remembers which files it opened (the
 * database and its write-ahead log) and, after every commit, checks that the paths still name
 * them. Once they do not, nothing is acknowledged again until the receiver is restarted: it
 * never re-creates the directory itself (an unmounted volume would then fill the root disk).
 */
function fileWatch(dbPath: string): { intact(): boolean } {
  if (dbPath === ':memory:') return { intact: () => true };
  const files = [dbPath, `${dbPath}-wal`];
  const opened = files.map(identityOf);
  let broken = false;
  return {
    intact() {
      broken ||= files.some((f, i) => identityOf(f) !== opened[i]);
      return !broken;
    },
  };
}

export function openSqliteStore(dbPath: string): AnswerStore {
  const db = openDatabase(dbPath);
  const insert = db.prepare(
    `INSERT INTO answers (id, organization, questionnaire, sphere, received_on, answers_json, proposal, canonical_hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
  );
  const hashOf = db.prepare('SELECT canonical_hash AS hash FROM answers WHERE id = ?');

  const insertOne = ({ submission: s, canonicalHash, receivedOn }: Pending): SaveOutcome => {
    const { closedJson, proposal } = splitProposal(s);
    const { changes } = insert.run(
      s.id,
      s.organization,
      s.questionnaire,
      s.sphere,
      receivedOn,
      closedJson,
      proposal,
      canonicalHash,
    );
    if (Number(changes) === 1) return 'stored';
    const existing = hashOf.get(s.id) as { hash: string } | undefined;
    return existing?.hash === canonicalHash ? 'replay' : 'conflict';
  };

  // With synchronous = FULL, COMMIT returning means the batch is on disk.
  const watch = fileWatch(dbPath);
  const gone = () =>
    new Error(
      `база ответов ${dbPath} удалена или заменена после запуска; ответы не принимаются до перезапуска приёмника`,
    );
  const transaction = <T>(work: () => T): T => {
    if (!watch.intact()) throw gone();
    try {
      db.exec('BEGIN IMMEDIATE');
      const result = work();
      db.exec('COMMIT');
      if (!watch.intact()) throw gone();
      return result;
    } catch (error) {
      if (db.isTransaction) db.exec('ROLLBACK');
      throw error;
    }
  };

  const probe = db.prepare(
    'INSERT INTO receiver_health (id, probes) VALUES (1, 1) ON CONFLICT (id) DO UPDATE SET probes = probes + 1',
  );
  const health = writeHealth(
    async () => transaction(() => probe.run()),
    () => watch.intact(),
  );

  return {
    where: dbPath,
    save: groupCommit(async (batch) => transaction(() => batch.map(insertOne)), health.wrote),
    all: async () =>
      (
        db
          .prepare('SELECT * FROM answers ORDER BY organization, received_on, id')
          .all() as unknown as Row[]
      ).map(toStoredRow),
    count: async () =>
      Number((db.prepare('SELECT count(*) AS n FROM answers').get() as { n: number }).n),
    ping: health.ping,
    close: async () => db.close(),
  };
}
